namespace Exposure.Cli.Terminal;

/// <summary>A column of a <see cref="TextTable"/>: a figure (right-aligned, never wrapped) or text (wrapped between words).</summary>
public sealed record TextColumn(string Header, bool Figure)
{
    public static TextColumn Text(string header) => new(header, false);

    public static TextColumn Number(string header) => new(header, true);
}
