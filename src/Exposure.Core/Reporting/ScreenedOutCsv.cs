using Exposure.Core.Holdings;

namespace Exposure.Core.Reporting;

/// <summary>
/// The layout of <c>unmatched.csv</c> and <c>excluded.csv</c> (docs/csv-files.md): one line per holding, text from input
/// files guarded against spreadsheet formulas, numbers in the invariant culture, as <see cref="ScreenedOutCsvWriter"/>
/// writes them.
/// </summary>
public static class ScreenedOutCsv
{
    public const string UnmatchedFile = "unmatched.csv";
    public const string ExcludedFile = "excluded.csv";

    public static readonly string[] Columns =
    [
        "fund_id", "file", "line", "state", "reason", "name", "ticker", "exchange", "isin", "cusip", "sedol",
        "asset_class", "currency", "market_value", "weight_percent_in_file",
    ];

    public static string FileOf(RowState state) => state == RowState.Excluded ? ExcludedFile : UnmatchedFile;
}

/// <summary>Screened-out rows kept as the very CSV files the report lists them in: a renderer may copy them as they are.</summary>
public interface IScreenedOutCsvFiles
{
    /// <summary>Copies <c>unmatched.csv</c> (or <c>excluded.csv</c>) as kept, byte for byte.</summary>
    void CopyCsv(RowState state, Stream output);

    /// <summary>
    /// Puts <c>unmatched.csv</c> (or <c>excluded.csv</c>) as kept at <paramref name="path"/>, on the same volume as
    /// the run's working files: the kept file itself is moved there (the rows are read from there afterwards), and
    /// copied if it was placed before.
    /// </summary>
    void PlaceCsv(RowState state, string path);
}
