using Exposure.Core;
using Exposure.Pipeline;
using Exposure.Pipeline.Schemes;
using Exposure.Reports.Excel.Report;
using Exposure.Reports.Pdf.Report;

namespace Exposure.Cli.Commands;

/// <summary>
/// What <c>exposure report</c> was asked to do, as given on the command line. <see cref="ToRequest"/> checks the
/// settings make a run (a <see cref="UsageException"/> names the option) and turns them into one.
/// </summary>
public sealed record ReportSettings
{
    public IReadOnlyList<string> Holdings { get; init; } = [];
    public string? Portfolio { get; init; }
    /// <summary><c>--mapping</c> values: <c>MAPPING</c> for every holdings file, <c>FILE=MAPPING</c> for one.</summary>
    public IReadOnlyList<string> Mappings { get; init; } = [];
    /// <summary><c>--fund-name</c> values: <c>FILE=NAME</c>, or <c>NAME</c> for the one holdings file.</summary>
    public IReadOnlyList<string> FundNames { get; init; } = [];
    /// <summary><c>--as-of</c> values: <c>FILE=DATE</c>, or <c>DATE</c> for every holdings file.</summary>
    public IReadOnlyList<string> AsOf { get; init; } = [];
    /// <summary><c>--sheet</c> values: <c>FILE=SHEET</c>, or <c>SHEET</c> for the one holdings file; with a portfolio, FILE is a file it names.</summary>
    public IReadOnlyList<string> Sheets { get; init; } = [];
    /// <summary>The date the list is taken as it stood on (<c>yyyy-MM-dd</c>), or null for the whole list.</summary>
    public string? ListAsOf { get; init; }
    public bool ShowReviewers { get; init; }
    /// <summary>Lists to screen against, combined: <c>bundled</c>, list folders or list files; none means the bundled list.</summary>
    public IReadOnlyList<string> Lists { get; init; } = [];
    public string Out { get; init; } = "reports";
    public IReadOnlyList<string> Formats { get; init; } = [ReportFormats.Default];
    public string? Decisions { get; init; }
    public bool Timestamp { get; init; }
    public IReadOnlyList<string> FontDirectories { get; init; } = [];
    public string PageSize { get; init; } = "a4";
    public string? XlsxRows { get; init; }
    public bool Quiet { get; init; }

    /// <summary>For an SEC N-PORT data set: <c>latest</c> (each series' latest report) or <c>all</c> (every month).</summary>
    public string NportMonths { get; init; } = "latest";

    /// <summary>Runs on the bundled illustrative holdings: no holdings files and no portfolio given.</summary>
    public bool Illustrative => Holdings.Count == 0 && Portfolio is null;

    /// <summary>The run these settings ask for; reads the portfolio file when there is one.</summary>
    public RunRequest ToRequest(TimeProvider clock)
    {
        var formats = ReportFormats.Parse(Formats, out var formatError) ?? throw new UsageException($"--format: {formatError}");
        if (string.IsNullOrWhiteSpace(Out)) throw new UsageException("--out: no folder given");
        var detailRows = DetailRows();
        if (Portfolio is not null && Holdings.Count > 0) throw new UsageException("give either --holdings or --portfolio, not both");
        if (Portfolio is not null && (Mappings.Count > 0 || FundNames.Count > 0 || AsOf.Count > 0))
            throw new UsageException("--mapping, --fund-name and --as-of apply to --holdings files; a portfolio file names each holding's mapping, name and files");
        if (Illustrative && (Mappings.Count > 0 || FundNames.Count > 0 || AsOf.Count > 0 || Sheets.Count > 0))
            throw new UsageException("--mapping, --fund-name, --as-of and --sheet name --holdings files: give the holdings files with --holdings");
        var listAsOf = ListAsOf is null ? (DateOnly?)null : Date("--list-as-of", ListAsOf);
        // A list cannot be taken as it will stand: a later date would be printed as if the list had been checked then.
        // Today somewhere on Earth: up to a day ahead of UTC.
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(14));
        if (listAsOf is { } asOf && asOf > today)
            throw new UsageException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"--list-as-of: {asOf:yyyy-MM-dd} is after today ({today:yyyy-MM-dd}); the list can only be taken as it stood on a day that has passed"));
        foreach (var folder in FontDirectories)
            if (!Directory.Exists(folder)) throw new DataException("--font-dir", null, $"folder '{folder}' not found");

        var plan = Portfolio is { } portfolio ? PortfolioPlan.Load(portfolio, portfolio) : null;
        var inputs = (plan is null ? null : PerFile.Sheets(plan.Inputs(), Sheets))
            ?? (Illustrative
                ? [new HoldingsInput(BundledData.IllustrativeHoldings, "illustrative-holdings.csv")]
                : PerFile.Inputs(Holdings, Mappings, FundNames, AsOf, Sheets));
        var stamp = Timestamp ? clock.GetLocalNow() : (DateTimeOffset?)null;
        var pdf = new PdfReportOptions
        {
            FontDirectories = FontDirectories,
            PageSize = string.Equals(PageSize, "letter", StringComparison.OrdinalIgnoreCase) ? PdfPageSize.Letter : PdfPageSize.A4,
            Timestamp = stamp,
        };
        return new RunRequest(
            inputs,
            BundledData.ReferenceFolder,
            Out,
            ReportFormats.Renderers(formats, pdf, detailRows),
            ExposureCli.ToolVersion,
            stamp,
            Illustrative ? BundledData.IllustrativeNote : plan?.Definition.IllustrativeNote,
            Decisions is { } d ? new InputPath(d, d) : null,
            plan,
            Lists,
            listAsOf,
            ShowReviewers,
            NportMonths.Equals("all", StringComparison.OrdinalIgnoreCase) ? Readers.Nport.DataSet.NportMonths.All : Readers.Nport.DataSet.NportMonths.Latest);
    }

    /// <summary>A date as the options take it: <c>yyyy-MM-dd</c>.</summary>
    internal static DateOnly Date(string option, string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"{option}: '{text}' is not a date written yyyy-MM-dd");

    /// <summary>How many unmatched and excluded rows the workbook lists: a number, or null for all.</summary>
    private long? DetailRows()
    {
        if (XlsxRows is not { } text) return ExcelReportRenderer.DefaultDetailRows;
        if (text.Equals("all", StringComparison.OrdinalIgnoreCase)) return null;
        if (long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)) return n;
        throw new UsageException($"--xlsx-rows: '{text}' is neither a number of rows nor 'all'");
    }
}
