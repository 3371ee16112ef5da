using System.CommandLine;
using System.Reflection;
using Exposure.Cli.Commands;

namespace Exposure.Cli;

/// <summary>The <c>exposure</c> command line: thin commands over the library; failures mapped to exit codes in <see cref="Failures"/>.</summary>
public static class ExposureCli
{
    public static string ToolVersion =>
        typeof(ExposureCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <param name="clock">The time a run stamps into its report when asked to (<c>--timestamp</c>); the system clock by default.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider? clock = null)
    {
        var context = new CommandContext(output, error, clock ?? TimeProvider.System);
        var root = new RootCommand("Exposure: screens fund holdings against a sourced list of companies named in connection with Uyghur forced labour or Xinjiang surveillance, and writes exposure reports.")
        {
            ReportCommand.Create(context),
            ReviewCommand.Create(context),
            ListCommand.Create(context),
            ReferenceCommand.Create(context),
        };
        foreach (var version in root.Options.OfType<VersionOption>()) version.Action = new VersionAction(output, error);
        var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return root.Parse(args).Invoke(config);
        }
        catch (Exception e)
        {
            return Failures.Report(e, error);
        }
    }
}
