using Exposure.Core.Holdings;
using Exposure.Core.Reporting;

namespace Exposure.Reports.Csv;

/// <summary>
/// Writes <c>unmatched.csv</c> or <c>excluded.csv</c> (layout: <see cref="ScreenedOutCsv"/>): every unmatched (or
/// excluded) holding, one line each. A run keeps these rows in exactly this layout, so its file is moved into the
/// report set (or copied, given a stream); rows held otherwise are written line by line, to the same bytes.
/// </summary>
public sealed class ScreenedOutCsvRenderer : IReportRenderer
{
    public const string UnmatchedFile = ScreenedOutCsv.UnmatchedFile;
    public const string ExcludedFile = ScreenedOutCsv.ExcludedFile;

    private readonly RowState _state;

    private ScreenedOutCsvRenderer(RowState state) => _state = state;

    public static ScreenedOutCsvRenderer Unmatched() => new(RowState.Unmatched);

    public static ScreenedOutCsvRenderer Excluded() => new(RowState.Excluded);

    public string Format => "csv";
    public string FileName => ScreenedOutCsv.FileOf(_state);

    /// <summary>The run's own file of these rows is moved into place rather than copied: 1.5 GB for 10,000,000 rows.</summary>
    public void RenderFile(ExposureReport report, string path)
    {
        if (report.ScreenedOut is IScreenedOutCsvFiles kept)
        {
            kept.PlaceCsv(_state, path);
            return;
        }
        using var stream = File.Create(path);
        Render(report, stream);
    }

    public void Render(ExposureReport report, Stream output)
    {
        if (report.ScreenedOut is IScreenedOutCsvFiles kept)
        {
            kept.CopyCsv(_state, output);
            return;
        }
        using var writer = new ScreenedOutCsvWriter(output, leaveOpen: true);
        var rows = _state == RowState.Unmatched ? report.ScreenedOut.Unmatched() : report.ScreenedOut.Excluded();
        foreach (var row in rows) writer.Write(row);
    }
}
