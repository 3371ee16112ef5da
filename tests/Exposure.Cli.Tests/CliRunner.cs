using Exposure.Cli.Terminal;

namespace Exposure.Cli.Tests;

internal sealed record CliResult(int ExitCode, string Output, string Error);

internal static class CliRunner
{
    public static CliResult Run(params string[] args) => RunAt(TerminalInfo.UnknownWidth, args);

    /// <summary>Runs the command line as on a terminal <paramref name="width"/> cells wide.</summary>
    public static CliResult RunAt(int width, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = ExposureCli.Run(args, output, error, terminal: new TerminalInfo(width, ShowsProgress: false));
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
