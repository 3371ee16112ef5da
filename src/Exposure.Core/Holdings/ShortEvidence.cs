namespace Exposure.Core.Holdings;

/// <summary>What shows that a holding of shares, debt or other instruments is a short position, not value held.</summary>
public enum ShortEvidence
{
    /// <summary>The file states it: a direction or payoff profile of short (N-PORT <c>payoffProfile</c> Short, a mapped direction column).</summary>
    Direction,

    /// <summary>
    /// The file gives no short direction, but a negative value: a short position or a liability line, which the file does
    /// not tell apart. Either way it is not value held in the company, so it is shown apart, never netted.
    /// </summary>
    NegativeValue,
}
