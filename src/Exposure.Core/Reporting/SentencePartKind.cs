namespace Exposure.Core.Reporting;

/// <summary>What a <see cref="SentencePart"/> is: words, an amount of money, or a share.</summary>
public enum SentencePartKind
{
    Words,
    Money,
    Percent,
}
