namespace Exposure.Readers.Nport;

/// <summary>
/// N-PORT asset categories (Form N-PORT item C.4.a, <c>assetCat</c>) in words, each keeping its code in brackets. The words
/// are chosen so that <see cref="Exposure.Core.Holdings.AssetClasses.Classify(Exposure.Core.Holdings.HoldingRow, bool)"/> knows each: it excludes money market,
/// repo, asset-backed debt and derivatives on currencies, rates and commodities, and screens equity, debt (unless the
/// issuer category says government, agency or municipal), loans, structured notes and derivatives on a company.
/// </summary>
public static class NportAssetCategories
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["EC"] = "Equity common (EC)",
        ["EP"] = "Equity preferred (EP)",
        ["DBT"] = "Debt (DBT)",
        ["STIV"] = "Money market / short-term investment vehicle (STIV)",
        ["RA"] = "Repo / repurchase agreement (RA)",
        ["DCO"] = "Derivative - commodity (DCO)",
        ["DCR"] = "Derivative - credit (DCR)",
        ["DE"] = "Derivative - equity (DE)",
        ["DFE"] = "Derivative - foreign exchange (DFE)",
        ["DIR"] = "Derivative - interest rate (DIR)",
        ["DO"] = "Derivative - other (DO)",
        ["SN"] = "Debt - structured note (SN)",
        ["LON"] = "Loan (LON)",
        ["ABS-MBS"] = "Debt - asset-backed, mortgage-backed security (ABS-MBS)",
        ["ABS-APCP"] = "Debt - asset-backed commercial paper (ABS-APCP)",
        ["ABS-ABCP"] = "Debt - asset-backed commercial paper (ABS-ABCP)",
        ["ABS-CBDO"] = "Debt - asset-backed, collateralized bond or debt obligation (ABS-CBDO)",
        ["ABS-O"] = "Debt - asset-backed, other (ABS-O)",
        ["COMM"] = "Commodity (COMM)",
        ["RE"] = "Real estate (RE)",
        ["OTHER"] = "Other (OTHER)",
    };

    /// <summary>The category in words; an "other" category with the filer's own description; an unknown code as it is.</summary>
    public static string? Describe(string? code, string? otherDescription = null)
    {
        if (code is null) return otherDescription is null ? null : $"Other: {otherDescription}";
        if (string.Equals(code, "OTHER", StringComparison.OrdinalIgnoreCase) && otherDescription is not null) return $"Other: {otherDescription} (OTHER)";
        return Words.TryGetValue(code, out var words) ? words : code;
    }

    /// <summary>The codes this class knows.</summary>
    public static IReadOnlyCollection<string> Codes => Words.Keys;
}
