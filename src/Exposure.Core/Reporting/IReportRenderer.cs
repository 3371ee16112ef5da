namespace Exposure.Core.Reporting;

/// <summary>Lays out a computed <see cref="ExposureReport"/> in one format. Renderers never compute figures.</summary>
public interface IReportRenderer
{
    /// <summary>The format name users pass to <c>--format</c>, e.g. <c>json</c>.</summary>
    string Format { get; }

    /// <summary>The file the renderer writes, e.g. <c>exposure-report.json</c>.</summary>
    string FileName { get; }

    /// <summary>False when the report has nothing for this file (a market's registrants without a market): the file is then not written.</summary>
    bool Applies(ExposureReport report) => true;

    /// <summary>
    /// True when the file has a row for every holding the run screened out (millions, on a large run), read back from
    /// where the run keeps them: the longest files to write, so a run, writing two files at a time, starts them first.
    /// </summary>
    bool ListsScreenedOutRows => false;

    void Render(ExposureReport report, Stream output);

    /// <summary>
    /// Writes the file at <paramref name="path"/>, where no file is yet: by default <see cref="Render"/> into a new
    /// file. A renderer whose file the run already holds, byte for byte, may put that file there instead.
    /// </summary>
    void RenderFile(ExposureReport report, string path)
    {
        using var stream = File.Create(path);
        Render(report, stream);
    }
}
