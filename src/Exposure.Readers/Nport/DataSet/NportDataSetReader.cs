using System.Globalization;
using System.Text;
using Exposure.Core;
using Exposure.Core.Holdings;

namespace Exposure.Readers.Nport.DataSet;

/// <summary>
/// Reads an SEC Form N-PORT data set (the quarterly <c>{year}q{quarter}_nport.zip</c>, or the folder it was unpacked to):
/// every fund of the US fund market that filed in the quarter, with its holdings. See docs/nport-datasets.md.
/// <para>
/// Each chosen filing (<see cref="FilingChoice"/>) becomes a fund: <see cref="FundDetected"/> with the series name (or the
/// registrant's), the registrant, its CIK, the series id, the accession number, the report date and the net assets,
/// followed at once by all of that filing's holdings. The lines of FUND_REPORTED_HOLDING.tsv are accounted for exactly
/// once: the header and the rows of filings that were not chosen (superseded by an amendment or a later month) are
/// <see cref="NotAHolding"/> with the reason, rows of filings the data set does not describe are <see cref="Rejected"/>,
/// and <see cref="EndOfFile"/> gives the table's physical lines. Each holding's <see cref="SourceLocation"/> names the
/// table and line, and the row keeps its HOLDING_ID, so any finding can be traced to the filing.
/// </para>
/// <para>
/// Tables are read straight from the zip, streamed: SUBMISSION, REGISTRANT and FUND_REPORTED_INFO into memory (one
/// entry per filing), IDENTIFIERS and DEBT_SECURITY compactly (<see cref="IdentifierIndex"/>, <see cref="DebtSecurities"/>)
/// and the derivative tables by holding id (<see cref="DerivativeTerms"/>) on a second thread while the holdings table is read once for the filing of each line (<see cref="HoldingsIndex"/>), then
/// the holdings table again for the holdings.
/// </para>
/// </summary>
public static class NportDataSetReader
{
    public const string Layout = "SEC N-PORT data set";

    /// <summary>True for a zip with FUND_REPORTED_HOLDING.tsv inside, or a folder holding it.</summary>
    public static bool IsDataSet(string path) => DataSetSource.IsDataSet(path);

    /// <param name="path">The data set zip, or the folder its tables were unpacked to.</param>
    /// <param name="displayName">How errors and reports name the data set (the path as the user gave it).</param>
    /// <param name="months">Only each series' latest report (default), or every month it reported.</param>
    /// <param name="limits">How much the zip may unpack to, and how scattered a filing's rows may be.</param>
    /// <param name="progress">Told what each preparatory step found, as it ends (for a terminal or a benchmark); it may be called from another thread.</param>
    public static IEnumerable<ReadItem> Read(string path, string displayName, NportMonths months = NportMonths.Latest, DataSetLimits? limits = null,
        Action<string>? progress = null)
    {
        if (!File.Exists(path) && !Directory.Exists(path)) throw new DataException(displayName, null, "file not found");
        return ReadExisting(path, displayName, months, limits ?? DataSetLimits.Default, progress);
    }

    private sealed class Group(Filing filing, int order)
    {
        public Filing Filing { get; } = filing;
        public int Order { get; } = order;
        public int FirstOwnLine { get; set; } = int.MaxValue;
        public int FirstLine { get; set; } = int.MaxValue;
        public int Expected { get; set; }
        public int Emitted { get; set; }
        public List<(int Start, int Count, string Reason)> Superseded { get; } = [];
        public List<(int Line, byte[] Bytes)>? Held { get; set; }
        public long HeldBytes { get; set; }
        public bool Done => Emitted == Expected;
    }

    private static IEnumerable<ReadItem> ReadExisting(string path, string displayName, NportMonths months, DataSetLimits limits, Action<string>? progress)
    {
        using var source = DataSetSource.Open(path, displayName, limits);
        var holdingsName = source.Name(DataSetSource.HoldingsTable);
        var (byAccession, filings) = FilingTables.Read(source);
        progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"filings: {filings.Count:N0} in {FilingTables.Submission}"));
        var (identifiers, debt, derivatives, index) = Prepare(path, displayName, limits, source, byAccession, filings, progress);
        var decisions = FilingChoice.Decide(filings, months);

        bool Chosen(Filing f) => f.Listed && !f.IsNotice && decisions[f.Index] is null;
        var groupOf = new Group?[filings.Count];
        var groups = new List<Group>();
        Group GroupOf(Filing f) => groupOf[f.Index] ??= Add(groups, new Group(f, groups.Count));
        var blank = new List<(int Start, int Count)>();
        var unusable = new List<(int Line, string Reason)>();

        foreach (var run in index.Runs)
        {
            if (run.Filing < 0)
            {
                blank.Add((run.Start, run.Count));
                continue;
            }
            var f = filings[run.Filing];
            if (Chosen(f))
            {
                var g = GroupOf(f);
                g.Expected += run.Count;
                g.FirstOwnLine = Math.Min(g.FirstOwnLine, run.Start);
                g.FirstLine = Math.Min(g.FirstLine, run.Start);
            }
            else if (f.Listed && !f.IsNotice && decisions[f.Index] is { } d)
            {
                var g = GroupOf(d.By);
                g.FirstLine = Math.Min(g.FirstLine, run.Start);
                if (g.Superseded.Count > 0 && g.Superseded[^1] is var last && last.Start + last.Count == run.Start && last.Reason == d.Reason)
                    g.Superseded[^1] = (last.Start, last.Count + run.Count, last.Reason);
                else g.Superseded.Add((run.Start, run.Count, d.Reason));
            }
            else
            {
                var reason = f.Listed
                    ? $"filing {f.AccessionNumber} is a notice that the report could not be filed ({f.SubType}); it reports no holdings to screen"
                    : $"filing {f.AccessionNumber} is not in {FilingTables.Submission}, so its fund is unknown";
                for (var line = run.Start; line < run.Start + run.Count; line++) unusable.Add((line, reason));
            }
        }

        if (groups.Count == 0)
            throw new DataException(holdingsName, null, index.TotalLines <= 1
                ? "the table has no holdings rows"
                : $"none of its rows belongs to a filing {FilingTables.Submission} lists as an N-PORT report");

        // Funds in the order their own rows begin in the table (or, without rows of their own, their superseded rows).
        var order = groups.OrderBy(g => g.FirstOwnLine == int.MaxValue ? g.FirstLine : g.FirstOwnLine).ThenBy(g => g.Order).ToList();
        var accessionBytes = new byte[filings.Count][];

        using var lines = source.Open(DataSetSource.HoldingsTable);
        var columns = TableColumns.Read(lines, holdingsName, HoldingRowParser.Required);
        var parser = new HoldingRowParser(holdingsName, columns, identifiers, debt, derivatives);
        long held = 0;
        var current = 0;

        foreach (var item in Start(order[0], parser, holdingsName))
            yield return item;
        yield return new NotAHolding(new SourceLocation(holdingsName, 1), $"header of {DataSetSource.HoldingsTable}");
        foreach (var (start, count) in blank)
            yield return new NotAHolding(new SourceLocation(holdingsName, start, count), "blank line");
        foreach (var (line, reason) in unusable)
            yield return new Rejected(new SourceLocation(holdingsName, line), reason, index.UnlistedText[line]);
        while (current < order.Count && order[current].Done)
            if (++current < order.Count)
                foreach (var item in Start(order[current], parser, holdingsName))
                    yield return item;

        var runAt = -1;
        var left = 0;
        while (lines.Next())
        {
            if (left == 0)
            {
                if (++runAt >= index.Runs.Count) throw Changed(holdingsName, lines.Line);
                left = index.Runs[runAt].Count;
            }
            left--;
            var filingIndex = index.Runs[runAt].Filing;
            var line = lines.Current;
            if (filingIndex < 0)
            {
                if (!line.Trim((byte)' ').IsEmpty) throw Changed(holdingsName, lines.Line);
                continue;
            }
            var tab = line.IndexOf((byte)'\t');
            var key = (tab < 0 ? line : line[..tab]).Trim((byte)' ');
            if (!key.SequenceEqual(accessionBytes[filingIndex] ??= Encoding.UTF8.GetBytes(filings[filingIndex].AccessionNumber)))
                throw Changed(holdingsName, lines.Line);
            if (groupOf[filingIndex] is not { } g || !ReferenceEquals(g.Filing, filings[filingIndex])) continue;

            if (ReferenceEquals(g, order[current]))
            {
                g.Emitted++;
                yield return parser.Parse(line, lines.Line);
            }
            else
            {
                held += line.Length + 64;
                g.HeldBytes += line.Length + 64;
                if (held > limits.MaxReorderBytes)
                    throw new DataException(holdingsName, lines.Line,
                        $"the rows of filing {g.Filing.AccessionNumber} are spread through the table, among other filings' rows, more widely than " +
                        string.Create(CultureInfo.InvariantCulture, $"{limits.MaxReorderBytes / (1024 * 1024)} MB of held-back rows can put together"));
                (g.Held ??= []).Add((lines.Line, line.ToArray()));
                continue;
            }
            while (current < order.Count && order[current].Done)
            {
                if (++current >= order.Count) break;
                held -= order[current].HeldBytes;
                foreach (var item in Start(order[current], parser, holdingsName))
                    yield return item;
            }
        }
        if (lines.Line != index.TotalLines || current < order.Count) throw Changed(holdingsName, lines.Line);
        yield return new EndOfFile(index.TotalLines);
    }

    /// <summary>
    /// Reads IDENTIFIERS, DEBT_SECURITY (with the conversion tables) and the derivative tables on a second thread (through its own handle on the zip) while this one indexes
    /// the holdings table: the two are independent, and on a machine with two cores the second costs no time.
    /// </summary>
    private static (IdentifierIndex, DebtSecurities, DerivativeTerms, HoldingsIndex) Prepare(string path, string displayName, DataSetLimits limits, DataSetSource source,
        Dictionary<string, Filing> byAccession, List<Filing> filings, Action<string>? progress)
    {
        var side = Task.Run(() =>
        {
            using var own = DataSetSource.Open(path, displayName, limits);
            var identifiers = IdentifierIndex.Read(own);
            progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"identifiers: {identifiers.RowsRead:N0} rows of {IdentifierIndex.Table}, {identifiers.Count:N0} holdings with an ISIN, ticker or SEDOL"));
            var debt = DebtSecurities.Read(own);
            progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"debt securities: {debt.Count:N0} holdings in {DebtSecurities.Table}, {debt.Converting:N0} with a conversion"));
            var derivatives = DerivativeTerms.Read(own);
            progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"derivatives: {derivatives.Count:N0} holdings in the derivative tables"));
            return (identifiers, debt, derivatives);
        });
        HoldingsIndex index;
        try
        {
            index = HoldingsIndex.Build(source, byAccession, filings);
            progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"holdings index: {index.TotalLines:N0} lines of {DataSetSource.HoldingsTable} in {index.Runs.Count:N0} runs of one filing"));
        }
        catch
        {
            try { side.Wait(); } catch (AggregateException) { } // the first failure is the one to report
            throw;
        }
        var (ids, debts, derivatives) = side.GetAwaiter().GetResult();
        return (ids, debts, derivatives, index);
    }

    /// <summary>A fund's first items: the fund, its superseded filings' rows, then its own rows held back so far.</summary>
    private static IEnumerable<ReadItem> Start(Group g, HoldingRowParser parser, string holdingsName)
    {
        var f = g.Filing;
        yield return new FundDetected(new FundMetadata(
            f.FundName ?? f.AccessionNumber,
            f.FundName is null ? MetadataOrigin.Unknown : MetadataOrigin.File,
            f.ReportDate,
            f.ReportDate is null ? MetadataOrigin.Unknown : MetadataOrigin.File,
            f.NetAssets,
            Layout,
            f.RegistrantName,
            f.Cik,
            f.SeriesId,
            f.AccessionNumber,
            DataSetSource.HoldingsTable));
        foreach (var (start, count, reason) in g.Superseded)
            yield return new NotAHolding(new SourceLocation(holdingsName, start, count), reason);
        if (g.Held is { } held)
        {
            g.Held = null;
            foreach (var (line, bytes) in held)
            {
                g.Emitted++;
                yield return parser.Parse(bytes, line);
            }
        }
    }

    private static Group Add(List<Group> groups, Group g)
    {
        groups.Add(g);
        return g;
    }

    private static DataException Changed(string table, int line) =>
        new(table, line, "the table changed while it was being read (its second reading differs from the first)");
}
