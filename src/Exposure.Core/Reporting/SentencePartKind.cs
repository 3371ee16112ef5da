namespace Exposure.Core.Reporting;

/// <summary>What a <see cref="SentencePart"/> is: words, an amount of money, a share, or a count.</summary>
public enum SentencePartKind
{
    Words,
    Money,
    Percent,
    Count,
}
