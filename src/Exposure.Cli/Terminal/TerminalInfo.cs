using System.Globalization;

namespace Exposure.Cli.Terminal;

/// <summary>What the program prints to: the width of the terminal in cells, and whether a person watches standard error (for a progress bar).</summary>
public sealed record TerminalInfo(int Width, bool ShowsProgress)
{
    /// <summary>The width assumed when output goes to a file or a pipe and <c>COLUMNS</c> does not say otherwise.</summary>
    public const int UnknownWidth = 200;

    /// <summary>Output captured, not shown on a terminal: the tests' and the library's default.</summary>
    public static readonly TerminalInfo Captured = new(UnknownWidth, false);

    /// <summary>The console this process runs in: the window's width on a terminal, else <c>COLUMNS</c>, else <see cref="UnknownWidth"/>.</summary>
    public static TerminalInfo FromConsole()
    {
        var width = 0;
        if (!Console.IsOutputRedirected)
        {
            try
            {
                width = Console.WindowWidth;
            }
            catch (IOException)
            {
                width = 0;
            }
        }

        if (width <= 0 && int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns))
            width = columns;
        return new TerminalInfo(width > 0 ? width : UnknownWidth, !Console.IsErrorRedirected);
    }
}
