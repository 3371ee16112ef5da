using Exposure.Core;
using Exposure.Core.Text;
using Exposure.Reports.Pdf.Fonts;

namespace Exposure.Cli;

/// <summary>
/// The one place where what went wrong becomes an exit code and a one-line message. Every command's failures come
/// here; none is caught anywhere else.
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
            IOException or UnauthorizedAccessException => (ExitCodes.CannotWrite, e.Message),
            _ => (ExitCodes.Internal, $"{e.GetType().Name}: {e.Message}"),
        };
        error.WriteLine($"error: {OneLine(message)}");
        return code;
    }

    /// <summary>The longest error line written; a longer message (text quoted from a broken file) is cut.</summary>
    public const int MaxMessageLength = 2_000;

    /// <summary>
    /// One line, with the control characters an input file may carry (ESC, NUL ...) shown escaped, never sent raw to the
    /// terminal, and at most <see cref="MaxMessageLength"/> characters.
    /// </summary>
    private static string OneLine(string message)
    {
        var line = ControlCharacters.OneLine(message);
        return line.Length <= MaxMessageLength ? line : string.Concat(line.AsSpan(0, MaxMessageLength - 3), "...");
    }
}
