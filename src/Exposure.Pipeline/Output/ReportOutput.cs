using Exposure.Core.Reporting;

namespace Exposure.Pipeline.Output;

/// <summary>
/// The output stage: renders the report into a staging folder beside the outputs, and moves the files into place only
/// when every renderer succeeded, so that a failed run leaves no half-written report. The staging folder also holds
/// the run's screened-out rows while it reads.
/// </summary>
internal sealed class ReportOutput : IDisposable
{
    private readonly string _folder;
    private readonly List<string> _staged = [];

    public ReportOutput(string folder)
    {
        _folder = folder;
        Directory.CreateDirectory(folder);
        Staging = Path.Combine(folder, $".exposure-staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Staging);
    }

    /// <summary>Where files are written until the run succeeds.</summary>
    public string Staging { get; }

    public void Render(IReportRenderer renderer, ExposureReport report)
    {
        using (var stream = File.Create(Path.Combine(Staging, renderer.FileName)))
            renderer.Render(report, stream);
        _staged.Add(renderer.FileName);
    }

    /// <summary>Moves every rendered file into the output folder; returns their full paths, in order.</summary>
    public IReadOnlyList<string> Commit()
    {
        var written = new List<string>();
        foreach (var name in _staged)
        {
            var target = Path.Combine(_folder, name);
            File.Move(Path.Combine(Staging, name), target, overwrite: true);
            written.Add(target);
        }
        return written;
    }

    public void Dispose() => Directory.Delete(Staging, recursive: true);
}
