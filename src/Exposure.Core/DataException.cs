using System.Globalization;

namespace Exposure.Core;

/// <summary>
/// An input or reference file that cannot be used, naming the file, the line where known, and the problem. The message is
/// one line: line breaks in the problem (text quoted from the file) become spaces, and a problem longer than
/// <see cref="MaxProblemLength"/> characters is cut. The file name is kept as given: where it is written to a terminal,
/// its control characters are shown escaped.
/// </summary>
public sealed class DataException(string file, int? line, string problem) : Exception(Format(file, line, problem))
{
    /// <summary>The longest problem a message states; text a broken file makes longer is cut.</summary>
    public const int MaxProblemLength = 1_000;

    public string File { get; } = file;
    public int? Line { get; } = line;
    public string Problem { get; } = problem;

    private static string Format(string file, int? line, string problem)
    {
        var text = problem.ReplaceLineEndings(" ");
        if (text.Length > MaxProblemLength) text = string.Concat(text.AsSpan(0, MaxProblemLength - 3), "...");
                return line is { } l ? string.Create(CultureInfo.InvariantCulture, $"{file}, line {l}: {text}") : $"{file}: {text}";
    }
}
