namespace Exposure.Core.Holdings;

/// <summary>Decides which holdings are screened (equity-like) and which are excluded as non-equity, and what kind each is.</summary>
public static class AssetClasses
{
    private static readonly (string Word, InstrumentType Type)[] NonEquityWords =
    [
        ("CASH", InstrumentType.Cash), ("FX", InstrumentType.Cash), ("FOREIGN EXCHANGE", InstrumentType.Cash), ("CURRENCY", InstrumentType.Cash),
        ("FUTURE", InstrumentType.Derivative), ("FUTURES", InstrumentType.Derivative), ("FORWARD", InstrumentType.Derivative),
        ("FORWARDS", InstrumentType.Derivative), ("SWAP", InstrumentType.Derivative), ("SWAPS", InstrumentType.Derivative),
        ("OPTION", InstrumentType.Derivative), ("OPTIONS", InstrumentType.Derivative), ("MONEY MARKET", InstrumentType.Cash),
        ("DERIVATIVE", InstrumentType.Derivative), ("DERIVATIVES", InstrumentType.Derivative), ("MARGIN", InstrumentType.Cash),
        ("COLLATERAL", InstrumentType.Cash), ("REPO", InstrumentType.Cash), ("FIXED INCOME", InstrumentType.Debt), ("BOND", InstrumentType.Debt),
        ("BONDS", InstrumentType.Debt), ("TREASURY", InstrumentType.Debt), ("T-BILL", InstrumentType.Debt), ("DEBT", InstrumentType.Debt),
        ("LOAN", InstrumentType.Debt), ("DEPOSIT", InstrumentType.Cash),
    ];

    /// <summary>The instrument type of a row and, when it is not screened, why.</summary>
    /// <remarks>A row with an asset class that is not recognised as non-equity is screened: missing exposure is worse than a wasted look-up.</remarks>
    public static (InstrumentType Type, string? ExclusionReason) Classify(HoldingRow row)
    {
        if (Describe(row.AssetClass) is { } byClass) return (byClass.Type, $"asset class '{row.AssetClass}' is not equity");
        if (row.AssetClass is null && Describe(row.Sector) is { } bySector) return (bySector.Type, $"sector '{row.Sector}' is not equity");
        return (InstrumentType.Equity, null);
    }

    /// <summary>The reason a holding is excluded from screening, or null when it is screened.</summary>
    public static string? ExclusionReason(HoldingRow row) => Classify(row).ExclusionReason;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Word, InstrumentType Type)?> Described = new(StringComparer.Ordinal);

    /// <summary>The non-equity word a class or sector text carries, or null; files repeat a handful of texts, so answers are kept.</summary>
    private static (string Word, InstrumentType Type)? Describe(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : Described.GetOrAdd(text, Find);

    private static (string Word, InstrumentType Type)? Find(string text)
    {
        var upper = " " + text.ToUpperInvariant().Replace('/', ' ').Replace('-', ' ') + " ";
        if (upper.Contains(" EQUITY ", StringComparison.Ordinal) && !upper.Contains("DERIVATIVE", StringComparison.Ordinal)) return null;
        foreach (var w in NonEquityWords)
            if (upper.Contains($" {w.Word.Replace('-', ' ')} ", StringComparison.Ordinal)) return w;
        return null;
    }
}
