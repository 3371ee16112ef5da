using Exposure.Core;
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

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
