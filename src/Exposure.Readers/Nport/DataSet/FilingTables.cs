using System.Globalization;
using Exposure.Core;

namespace Exposure.Readers.Nport.DataSet;

/// <summary>
/// Reads the small per-filing tables (SUBMISSION, REGISTRANT, FUND_REPORTED_INFO) into <see cref="Filing"/>s. SUBMISSION
/// and FUND_REPORTED_INFO are needed: without them no filing is known, or every series of a trust would read as one fund
/// without its net assets. REGISTRANT only names the filers: without it the data set is read, and the reader says so
/// beside the figures (<see cref="MissingRegistrantNote"/>).
/// </summary>
internal static class FilingTables
{
    public const string Submission = "SUBMISSION.tsv";
    public const string Registrant = "REGISTRANT.tsv";
    public const string FundInfo = "FUND_REPORTED_INFO.tsv";

    private static readonly string[] DateFormats = ["dd-MMM-yyyy", "d-MMM-yyyy", "yyyy-MM-dd"];

    /// <summary>The submission types of Form N-PORT (a report, its amendment, and the notice that it could not be filed).</summary>
    private static readonly SortedSet<string> KnownSubTypes = new(StringComparer.OrdinalIgnoreCase)
        { "NPORT-P", "NPORT-P/A", "NPORT-NP", "NPORT-NP/A", "NT NPORT-P", "NT NPORT-NP" };

    public static (Dictionary<string, Filing> ByAccession, List<Filing> Filings) Read(DataSetSource source)
    {
        if (!source.Has(Submission))
            throw new DataException(source.DisplayName, null, $"not a complete N-PORT data set: it has {DataSetSource.HoldingsTable} but no {Submission}");
        if (!source.Has(FundInfo))
            throw new DataException(source.DisplayName, null,
                $"not a complete N-PORT data set: it has {DataSetSource.HoldingsTable} but no {FundInfo} (each filing's series and net assets)");
        var byAccession = new Dictionary<string, Filing>(StringComparer.Ordinal);
        var filings = new List<Filing>();

        ForEachRow(source, Submission, ["ACCESSION_NUMBER", "SUB_TYPE", "REPORT_DATE"], (row, name, line) =>
        {
            var accession = row("ACCESSION_NUMBER") ?? throw new DataException(name, line, "ACCESSION_NUMBER is empty");
            if (byAccession.ContainsKey(accession)) throw new DataException(name, line, $"accession number {accession} appears twice");
            var subType = row("SUB_TYPE");
            if (subType is not null && !KnownSubTypes.Contains(subType.Trim()))
                throw new DataException(name, line, $"SUB_TYPE '{HoldingRecords.Shorten(subType)}' is not a form of N-PORT ({string.Join(", ", KnownSubTypes)})");
            var f = new Filing(accession, filings.Count)
            {
                Listed = true,
                SubType = subType,
                FilingDate = Date(row("FILING_DATE"), "FILING_DATE", name, line),
                ReportDate = Date(row("REPORT_DATE"), "REPORT_DATE", name, line),
            };
            // A report without its date could be of any month: it can neither be told from the series' other reports nor
            // replace what it amends, and dropping it would report an older month in its place. A notice has no holdings.
            if (f.ReportDate is null && !f.IsNotice)
                throw new DataException(name, line, $"REPORT_DATE of filing {accession} is empty or N/A; a report's date (such as 30-APR-2026) is needed to tell it from its series' other reports");
            filings.Add(f);
            byAccession[accession] = f;
        });

        if (source.Has(Registrant))
            ForEachRow(source, Registrant, ["ACCESSION_NUMBER", "CIK", "REGISTRANT_NAME"], (row, _, _) =>
            {
                if (row("ACCESSION_NUMBER") is not { } a || !byAccession.TryGetValue(a, out var f)) return;
                f.Cik ??= row("CIK");
                f.RegistrantName ??= row("REGISTRANT_NAME");
            });

        ForEachRow(source, FundInfo, ["ACCESSION_NUMBER", "SERIES_NAME", "SERIES_ID", "NET_ASSETS"], (row, name, line) =>
        {
            if (row("ACCESSION_NUMBER") is not { } a || !byAccession.TryGetValue(a, out var f)) return;
            f.HasFundInfo = true;
            f.SeriesName ??= row("SERIES_NAME");
            f.SeriesId ??= row("SERIES_ID");
            if (f.NetAssets is null && row("NET_ASSETS") is { } text)
            {
                if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                    throw new DataException(name, line, $"NET_ASSETS '{HoldingRecords.Shorten(text)}' is not a number");
                if (!InputLimits.InRange(v)) throw new DataException(name, line, InputLimits.OutOfRange("NET_ASSETS", text));
                f.NetAssets = NportNumbers.Plain(v);
            }
        });
        return (byAccession, filings);
    }

    /// <summary>What a data set without REGISTRANT.tsv is read without, and what names its funds instead.</summary>
    public const string MissingRegistrantNote =
        $"the data set has no {Registrant}: no fund's registrant or CIK is known, and a fund whose filing gives no series name " +
        "(single-series trusts write N/A) is named by its filing's accession number instead of its registrant's name.";

    /// <summary>Calls <paramref name="each"/> for every non-blank row with a field getter ("N/A" and empty as null).</summary>
    private static void ForEachRow(DataSetSource source, string table, string[] required, Action<Func<string, string?>, string, int> each)
    {
        var name = source.Name(table);
        using var lines = source.Open(table);
        var columns = TableColumns.Read(lines, name, required);
        var fields = new Range[columns.Count + 1];
        while (lines.Next())
        {
            var line = lines.Current;
            if (line.Trim((byte)' ').IsEmpty) continue;
            var n = TsvLines.Split(line, fields);
            if (n != columns.Count) throw new DataException(name, lines.Line, string.Create(CultureInfo.InvariantCulture, $"the row has {n} fields, the header {columns.Count}"));
            var text = new string?[n];
            for (var i = 0; i < n; i++) text[i] = Clean(TsvLines.Text(line[fields[i]]));
            each(column => columns.Optional(column) is var at and >= 0 ? text[at] : null, name, lines.Line);
        }
    }

    internal static string? Clean(string? value) => value is null || value.Equals("N/A", StringComparison.OrdinalIgnoreCase) ? null : value;

    /// <summary>A date as the data sets write it (<c>30-APR-2026</c>).</summary>
    internal static DateOnly? Date(string? text, string column, string table, int line)
    {
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        throw new DataException(table, line, $"{column} '{HoldingRecords.Shorten(text)}' is not a date such as 30-APR-2026");
    }
}
