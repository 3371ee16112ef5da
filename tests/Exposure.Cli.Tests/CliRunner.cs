namespace Exposure.Cli.Tests;

internal sealed record CliResult(int ExitCode, string Output, string Error);

internal static class CliRunner
{
    public static CliResult Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = ExposureCli.Run(args, output, error);
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
