namespace Exposure.Core.Reporting;

/// <summary>
/// A piece of a sentence worded once (<see cref="Wording.FlaggedShareOf"/>) for every output: words, or a figure of the
/// model with its place in the JSON report, which each output writes in its own way (a figure element on the web page).
/// </summary>
/// <param name="Path">The figure's path in the JSON report, e.g. <c>summary.fundValue</c>; null for words.</param>
public sealed record SentencePart(SentencePartKind Kind, string Text, string? Path = null, decimal? Value = null, string? Currency = null)
{
    public static SentencePart Words(string text) => new(SentencePartKind.Words, text);

    public static SentencePart Money(string path, decimal value, string? currency) => new(SentencePartKind.Money, "", path, value, currency);

    public static SentencePart Percent(string path, decimal fraction) => new(SentencePartKind.Percent, "", path, fraction);

    /// <summary>A count of the model, written as <see cref="Wording.Number"/> writes it.</summary>
    public static SentencePart Count(string path, long count) => new(SentencePartKind.Count, Wording.Number(count), path, count);

    /// <summary>The sentence as text, each figure written by <paramref name="figure"/>.</summary>
    public static string Join(IEnumerable<SentencePart> parts, Func<SentencePart, string> figure)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(figure);
        return string.Concat(parts.Select(p => p.Kind == SentencePartKind.Words ? p.Text : figure(p)));
    }
}
