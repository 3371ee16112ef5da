using System.Globalization;
using Exposure.Cli.Terminal;
using Exposure.Pipeline;
using Spectre.Console;

namespace Exposure.Cli;

/// <summary>Runs the job with a progress bar on standard error when a person watches it, so that output stays clean.</summary>
public static class RunWithProgress
{
    public static RunResult Execute(RunRequest request, bool showProgress)
    {
        if (!showProgress || request.Holdings.Count < 2)
            return ExposureRun.Execute(request);

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        RunResult? result = null;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("reading", maxValue: request.Holdings.Count);
                var progress = new SynchronousProgress(p =>
                {
                    task.Value = p.FilesDone;
                    task.Description = string.Create(CultureInfo.InvariantCulture, $"{p.FilesDone:N0}/{p.FilesTotal:N0} files, {p.RowsRead:N0} rows: {Markup.Escape(Shorten(TerminalText.Safe(p.Step)))}");
                });
                result = ExposureRun.Execute(request, progress);
            });
        return result!;
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : "…" + s[^39..];

    /// <summary>Reports on the calling thread, unlike <see cref="Progress{T}"/>, which posts to the thread pool.</summary>
    private sealed class SynchronousProgress(Action<RunProgress> report) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => report(value);
    }
}
