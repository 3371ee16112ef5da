namespace Exposure.Core.Holdings;

/// <summary>Decides which holdings are screened (equity-like) and which are excluded as non-equity.</summary>
public static class AssetClasses
{
    private static readonly string[] NonEquityWords =
    [
        "CASH", "FX", "FOREIGN EXCHANGE", "CURRENCY", "FUTURE", "FUTURES", "FORWARD", "FORWARDS", "SWAP", "SWAPS",
        "OPTION", "OPTIONS", "MONEY MARKET", "DERIVATIVE", "DERIVATIVES", "MARGIN", "COLLATERAL", "REPO",
        "FIXED INCOME", "BOND", "BONDS", "TREASURY", "T-BILL", "DEBT", "LOAN", "DEPOSIT",
    ];

    /// <summary>The reason a holding is excluded from screening, or null when it is screened.</summary>
    /// <remarks>A row with an asset class that is not recognised as non-equity is screened: missing exposure is worse than a wasted look-up.</remarks>
    public static string? ExclusionReason(HoldingRow row)
    {
        if (Describe(row.AssetClass) is not null) return $"asset class '{row.AssetClass}' is not equity";
        if (row.AssetClass is null && Describe(row.Sector) is not null) return $"sector '{row.Sector}' is not equity";
        return null;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> Described = new(StringComparer.Ordinal);

    /// <summary>The non-equity word a class or sector text carries, or null; files repeat a handful of texts, so answers are kept.</summary>
    private static string? Describe(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : Described.GetOrAdd(text, Find);

    private static string? Find(string text)
    {
        var upper = " " + text.ToUpperInvariant().Replace('/', ' ').Replace('-', ' ') + " ";
        if (upper.Contains(" EQUITY ", StringComparison.Ordinal) && !upper.Contains("DERIVATIVE", StringComparison.Ordinal)) return null;
        foreach (var w in NonEquityWords)
            if (upper.Contains($" {w.Replace('-', ' ')} ", StringComparison.Ordinal)) return w;
        return null;
    }
}
