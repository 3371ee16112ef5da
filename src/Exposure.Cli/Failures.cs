using System.CommandLine;
using System.CommandLine.Parsing;
using Exposure.Cli.Terminal;
using Exposure.Core;
using Exposure.Pipeline.Output;
using Exposure.Reports.Pdf.Fonts;

namespace Exposure.Cli;

/// <summary>
/// The one place where what went wrong becomes an exit code and a one-line message. Every command's failures come
/// here; none is caught anywhere else. A wrong command line is 64 however it is wrong, whether the parser or the
/// command's own checks find it.
/// </summary>
public static class Failures
{
    public static int Report(Exception e, TextWriter error)
    {
        var (code, message) = e switch
        {
            UsageException => (ExitCodes.Usage, e.Message),
            DataException => (ExitCodes.BadInput, e.Message),
            FontNotFoundException => (ExitCodes.MissingFont, e.Message),
            OutputException => (ExitCodes.CannotWrite, e.Message),
            IOException or UnauthorizedAccessException => (ExitCodes.CannotWrite, File(e) is { } file
                ? $"'{file}' cannot be read or written: {OutputException.Reason(e)}"
                : $"a file cannot be read or written: {OutputException.Reason(e)}"),
            _ => (ExitCodes.Internal, $"{e.GetType().Name}: {e.Message}"),
        };
        error.WriteLine($"error: {OneLine(message)}");
        return code;
    }

    /// <summary>A command line the parser could not make sense of: what is wrong, in words, and where the help is. Exit code 64.</summary>
    public static int Usage(ParseResult parse, TextWriter error)
    {
        var command = parse.CommandResult.Command;
        var path = string.Join(' ', CommandPath(parse.CommandResult));
        IEnumerable<string> messages = ValueMissing(parse) is { } missing ? [missing]
            : parse.UnmatchedTokens.Count > 0
            ? [Unmatched(parse.UnmatchedTokens[0], command)]
            : command.Subcommands.Count > 0 && command.Action is null && parse.Errors.All(e => e.SymbolResult is null or CommandResult)
                ? [$"'{path}' needs a command: {string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))}"]
                : parse.Errors.Select(e => e.Message).Distinct(StringComparer.Ordinal);
        foreach (var message in messages) error.WriteLine($"error: {OneLine(message)}");
        error.WriteLine($"'{path} --help' explains the options.");
        return ExitCodes.Usage;
    }

    /// <summary>
    /// An option written without its value takes the option after it as its value (<c>--holdings --out DIR</c>): the
    /// message says the value is missing, not that the next option is unknown or the word after it unexpected. Null
    /// when every option's values are values (an existing file of that name is one).
    /// </summary>
    public static string? ValueMissing(ParseResult parse)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        for (var at = parse.CommandResult; at is not null; at = at.Parent as CommandResult)
            foreach (var option in at.Command.Options.Where(o => at == parse.CommandResult || o.Recursive))
                known.UnionWith([option.Name, .. option.Aliases]);
        foreach (var result in parse.CommandResult.Children.OfType<OptionResult>())
            foreach (var token in result.Tokens)
                if (known.Contains(token.Value) && !System.IO.File.Exists(token.Value) && !Directory.Exists(token.Value))
                    return $"{result.Option.Name} needs a value: '{token.Value}' after it is another option";
        return null;
    }

    /// <summary>The file a runtime error names, which its message quotes.</summary>
    private static string? File(Exception e) =>
        e is FileNotFoundException { FileName: { } name } ? name
        : System.Text.RegularExpressions.Regex.Match(e.Message, "'([^']+)'") is { Success: true } m ? m.Groups[1].Value
        : null;

    private static string Unmatched(string token, Command command) =>
        token.StartsWith('-') && token.Length > 1 ? $"unknown option '{token}' for '{command.Name}'"
        : command.Subcommands.Count > 0 ? $"unknown command '{token}'"
        : $"unexpected argument '{token}'";

    private static IEnumerable<string> CommandPath(CommandResult result) =>
        result.Parent is CommandResult parent ? [.. CommandPath(parent), result.Command.Name] : ["exposure"];

    /// <summary>The message on one line: a line break or any other control character in it (from input) is written as an escape.</summary>
    private static string OneLine(string message)
    {
        var line = TerminalText.Safe(message);
        return line.Length <= MaxMessageLength ? line : string.Concat(line.AsSpan(0, MaxMessageLength - 3), "...");
    }

    /// <summary>The longest error line written; a longer message (text quoted from a broken file) is cut.</summary>
    public const int MaxMessageLength = 2_000;
}
