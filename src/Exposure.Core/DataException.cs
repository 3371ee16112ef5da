using System.Globalization;

namespace Exposure.Core;

/// <summary>An input or reference file that cannot be used, naming the file, the line where known, and the problem.</summary>
public sealed class DataException(string file, int? line, string problem) : Exception(Format(file, line, problem))
{
    public string File { get; } = file;
    public int? Line { get; } = line;
    public string Problem { get; } = problem;

    private static string Format(string file, int? line, string problem) =>
        line is { } l ? string.Create(CultureInfo.InvariantCulture, $"{file}, line {l}: {problem}") : $"{file}: {problem}";
}
