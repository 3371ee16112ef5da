using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;
using Exposure.Cli.Commands;
using Exposure.Cli.Terminal;

namespace Exposure.Cli;

/// <summary>The <c>exposure</c> command line: thin commands over the library; failures mapped to exit codes in <see cref="Failures"/>.</summary>
public static class ExposureCli
{
    public static string ToolVersion =>
        typeof(ExposureCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <param name="args">The command line.</param>
    /// <param name="output">Standard output; everything printed is escaped on the way (<see cref="SafeTextWriter"/>).</param>
    /// <param name="error">Standard error, escaped the same way.</param>
    /// <param name="clock">The time a run stamps into its report when asked to (<c>--timestamp</c>); the system clock by default.</param>
    /// <param name="terminal">The terminal printed on: its width, and whether to show progress; by default output captured, 200 columns wide.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider? clock = null, TerminalInfo? terminal = null)
    {
        using var safeOutput = new SafeTextWriter(output);
        using var safeError = new SafeTextWriter(error);
        var context = new CommandContext(safeOutput, safeError, clock ?? TimeProvider.System, terminal ?? TerminalInfo.Captured);
        var root = new RootCommand("Exposure: screens fund holdings against a sourced list of companies named in connection with Uyghur forced labour or Xinjiang surveillance, and writes exposure reports.")
        {
            ReportCommand.Create(context),
            ReviewCommand.Create(context),
            ListCommand.Create(context),
            ReferenceCommand.Create(context),
        };
        foreach (var version in root.Options.OfType<VersionOption>()) version.Action = new VersionAction(safeOutput, safeError);
        var config = new InvocationConfiguration { Output = safeOutput, Error = safeError, EnableDefaultExceptionHandler = false };
        root.Subcommands.Add(HelpCommand.Create(root, config));
        // '@file' on the command line is a file name, never a file of more arguments.
        var parser = new ParserConfiguration { ResponseFileTokenReplacer = null };
        try
        {
            var parse = root.Parse(args, parser);
            return parse.Action is ParseErrorAction || Failures.ValueMissing(parse) is not null ? Failures.Usage(parse, safeError) : parse.Invoke(config);
        }
        catch (Exception e)
        {
            return Failures.Report(e, safeError);
        }
    }
}
