namespace Exposure.Core.Holdings;

/// <summary>
/// Tells a short position from a holding. A derivative's direction is its own matter (its notional is exposure, shown
/// apart already); for shares, debt and other instruments a row is a short position when the file states a short
/// direction, or when its value is negative: neither is value held in the company, and adding it to what is held would
/// net a short against the longs.
/// </summary>
public static class ShortPositions
{
    /// <summary>The direction a finding carries for a short position in shares, debt or other instruments.</summary>
    public const string Direction = "short";

    /// <summary>Why the row is a short position; null when it is not one (or is a derivative, whose direction is its own).</summary>
    public static ShortEvidence? Of(InstrumentType instrument, string? direction, decimal? value)
    {
        if (instrument == InstrumentType.Derivative) return null;
        if (SaysShort(direction)) return ShortEvidence.Direction;
        return value < 0 ? ShortEvidence.NegativeValue : null;
    }

    /// <summary>A direction that says short: the word <c>short</c> in it (<c>Short</c>, <c>SHORT</c>, <c>Short position</c>, <c>sold short</c>).</summary>
    public static bool SaysShort(string? direction)
    {
        if (direction is null) return false;
        foreach (var word in direction.Split([' ', '-', '_', '/', ','], StringSplitOptions.RemoveEmptyEntries))
            if (word.Equals("short", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
