namespace Exposure.Core.Holdings;

/// <summary>A row's instrument type and, when it is not screened, why (<see cref="AssetClasses.Classify(HoldingRow, bool)"/>).</summary>
/// <param name="Reason">The reason in words, naming what in the row said so; null when the row is screened.</param>
public sealed record Classification(InstrumentType Type, Exclusion? Exclusion, string? Reason)
{
    public static Classification Screened(InstrumentType type) => new(type, null, null);
}
