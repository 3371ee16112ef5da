using System.Globalization;

namespace Exposure.Synthetic;

/// <summary>
/// A planted row of a flagged company: where it is, which company it holds, and the state the documented rules give it
/// (<c>matched</c>, <c>related</c> or <c>needs-review</c>). <see cref="Variant"/> says how it was planted:
/// <c>ticker+exchange</c>, <c>isin</c>, <c>name-exact</c>, <c>name-prefix</c>, <c>short-name</c>, <c>code-reused</c>.
/// </summary>
public sealed record ManifestEntry(
    string File,
    int Line,
    string CompanyId,
    string ExpectedState,
    string Variant,
    string Name,
    string? Ticker,
    string? Exchange,
    string? Isin);

/// <summary>One generated holdings file.</summary>
/// <param name="HoldingRows">Data rows (holdings, cash and derivatives), not counting preamble, header and footer.</param>
/// <param name="Lines">Physical lines of the file.</param>
public sealed record GeneratedFile(string Name, HoldingsShape Shape, int HoldingRows, int CashRows, int FlaggedRows, int Lines);

public static class Manifest
{
    public const string FileName = "manifest.csv";
    public const string FilesFileName = "files.csv";

    private const string Header = "file,line,company_id,expected_state,variant,name,ticker,exchange,isin";
    private const string FilesHeader = "file,shape,holding_rows,cash_rows,flagged_rows,lines";

    internal static string HeaderLine => Header;
    internal static string FilesHeaderLine => FilesHeader;

    internal static string Line(ManifestEntry e) => CsvText.Line(
        [e.File, e.Line.ToString(CultureInfo.InvariantCulture), e.CompanyId, e.ExpectedState, e.Variant, e.Name, e.Ticker, e.Exchange, e.Isin]);

    internal static string Line(GeneratedFile f) => CsvText.Line(
    [
        f.Name, HoldingsShapes.Name(f.Shape), f.HoldingRows.ToString(CultureInfo.InvariantCulture), f.CashRows.ToString(CultureInfo.InvariantCulture),
        f.FlaggedRows.ToString(CultureInfo.InvariantCulture), f.Lines.ToString(CultureInfo.InvariantCulture),
    ]);

    public static List<ManifestEntry> Read(string path) => CsvText.ReadTable(path).Select(r => new ManifestEntry(
        r["file"], int.Parse(r["line"], CultureInfo.InvariantCulture), r["company_id"], r["expected_state"], r["variant"], r["name"],
        Empty(r["ticker"]), Empty(r["exchange"]), Empty(r["isin"]))).ToList();

    public static List<GeneratedFile> ReadFiles(string path) => CsvText.ReadTable(path).Select(r => new GeneratedFile(
        r["file"], HoldingsShapes.Parse(r["shape"]), int.Parse(r["holding_rows"], CultureInfo.InvariantCulture),
        int.Parse(r["cash_rows"], CultureInfo.InvariantCulture), int.Parse(r["flagged_rows"], CultureInfo.InvariantCulture),
        int.Parse(r["lines"], CultureInfo.InvariantCulture))).ToList();

    private static string? Empty(string s) => s.Length == 0 ? null : s;
}
