using System.Collections.Concurrent;
using System.Globalization;

namespace Exposure.Core.Holdings;

/// <summary>
/// Decides what kind of instrument a row is and whether it has a company behind it. Screened: shares, preferred shares,
/// depositary receipts, rights and warrants, corporate bonds, notes, convertibles and loans, and derivatives on a
/// company (total return swaps, single-name options, credit default swaps, participation notes: see <see cref="NotesOnCompanies"/>). Excluded, with the
/// reason: cash, currency, money market and repo, government, agency, supranational and municipal debt, derivatives on
/// an index, a rate or a commodity, and whatever shows no company issuer (funds, asset-backed pools, futures and
/// forwards naming no company).
/// </summary>
public static class AssetClasses
{
    private enum Kind
    {
        Equity, Cash, ForeignExchange, MoneyMarket, Debt, Government, Agency, Supranational, Municipal, AssetBacked, Derivative,
        FutureOrForward, RateOrCommodityDerivative, RightsOrWarrants, Commodity, Fund,
    }

    /// <summary>Words of an asset class or sector, in the order they are looked for; the first found decides.</summary>
    private static readonly (string Word, Kind Kind)[] ClassWords =
    [
        ("MONEY MARKET", Kind.MoneyMarket), ("STIV", Kind.MoneyMarket), ("SHORT TERM INVESTMENT", Kind.MoneyMarket), ("REPO", Kind.MoneyMarket),
        ("REPURCHASE", Kind.MoneyMarket),
        ("FOREIGN EXCHANGE", Kind.ForeignExchange), ("FX", Kind.ForeignExchange), ("CURRENCY", Kind.ForeignExchange), ("DFE", Kind.ForeignExchange),
        ("CASH", Kind.Cash), ("MARGIN", Kind.Cash), ("MARGINS", Kind.Cash), ("COLLATERAL", Kind.Cash), ("DEPOSIT", Kind.Cash), ("DEPOSITS", Kind.Cash),
        ("INTEREST RATE", Kind.RateOrCommodityDerivative), ("DIR", Kind.RateOrCommodityDerivative), ("DCO", Kind.RateOrCommodityDerivative),
        ("COMMODITY", Kind.Commodity),
        ("FUTURE", Kind.FutureOrForward), ("FUTURES", Kind.FutureOrForward), ("FUT", Kind.FutureOrForward), ("FORWARD", Kind.FutureOrForward),
        ("FORWARDS", Kind.FutureOrForward),
        ("SWAP", Kind.Derivative), ("SWAPS", Kind.Derivative), ("OPTION", Kind.Derivative), ("OPTIONS", Kind.Derivative), ("DERIVATIVE", Kind.Derivative),
        ("DERIVATIVES", Kind.Derivative), ("CDS", Kind.Derivative), ("PARTICIPATION NOTE", Kind.Derivative), ("P NOTE", Kind.Derivative),
        ("RIGHTS", Kind.RightsOrWarrants), ("RIGHT", Kind.RightsOrWarrants), ("WARRANT", Kind.RightsOrWarrants), ("WARRANTS", Kind.RightsOrWarrants),
        ("TREASURY", Kind.Government), ("TREASURIES", Kind.Government), ("T BILL", Kind.Government), ("T BILLS", Kind.Government),
        ("GOVERNMENT", Kind.Government), ("GOVERNMENTS", Kind.Government), ("GOVT", Kind.Government), ("SOVEREIGN", Kind.Government),
        ("SOVEREIGNS", Kind.Government), ("AGENCY", Kind.Agency), ("AGENCIES", Kind.Agency), ("SUPRANATIONAL", Kind.Supranational),
        ("SUPRANATIONALS", Kind.Supranational), ("MUNICIPAL", Kind.Municipal), ("MUNICIPALS", Kind.Municipal), ("MUNI", Kind.Municipal),
        ("LOCAL AUTHORITY", Kind.Municipal), ("ASSET BACKED", Kind.AssetBacked), ("MORTGAGE BACKED", Kind.AssetBacked), ("ABS", Kind.AssetBacked),
        ("MBS", Kind.AssetBacked), ("CMBS", Kind.AssetBacked), ("SECURITIZED", Kind.AssetBacked), ("SECURITISED", Kind.AssetBacked),
        ("FIXED INCOME", Kind.Debt), ("BOND", Kind.Debt), ("BONDS", Kind.Debt), ("DEBT", Kind.Debt), ("DBT", Kind.Debt), ("LOAN", Kind.Debt),
        ("LOANS", Kind.Debt), ("NOTE", Kind.Debt), ("NOTES", Kind.Debt), ("CONVERTIBLE", Kind.Debt), ("CONVERTIBLES", Kind.Debt),
        ("CORPORATE", Kind.Debt), ("CORPORATES", Kind.Debt), ("COMMERCIAL PAPER", Kind.Debt), ("CREDIT", Kind.Debt),
    ];

    /// <summary>Sectors of bond files that say who issued the paper.</summary>
    private static readonly (string Word, Kind Kind)[] IssuerSectorWords =
    [
        ("TREASURY", Kind.Government), ("TREASURIES", Kind.Government), ("GOVERNMENT", Kind.Government), ("SOVEREIGN", Kind.Government),
        ("GOVT", Kind.Government), ("AGENCY", Kind.Agency), ("AGENCIES", Kind.Agency), ("SUPRANATIONAL", Kind.Supranational),
        ("MUNICIPAL", Kind.Municipal), ("MUNICIPALS", Kind.Municipal), ("LOCAL AUTHORITY", Kind.Municipal), ("ASSET BACKED", Kind.AssetBacked),
        ("MORTGAGE BACKED", Kind.AssetBacked), ("SECURITIZED", Kind.AssetBacked), ("CASH", Kind.Cash), ("MONEY MARKET", Kind.MoneyMarket),
    ];

    /// <summary>Words in a debt security's name that show a government, agency, supranational or local issuer.</summary>
    private static readonly (string Word, Kind Kind)[] IssuerNameWords =
    [
        ("TREASURY", Kind.Government), ("TREASURIES", Kind.Government), ("TREAS", Kind.Government), ("T BILL", Kind.Government), ("TBILL", Kind.Government),
        ("GOVERNMENT", Kind.Government), ("GOVT", Kind.Government), ("REPUBLIC OF", Kind.Government), ("KINGDOM OF", Kind.Government),
        ("BUNDESREPUB", Kind.Government), ("BUNDESREPUBLIK", Kind.Government), ("GILT", Kind.Government), ("CHINA GOVERNMENT BOND", Kind.Government),
        ("US TREASURY", Kind.Government), ("SOVEREIGN", Kind.Government),
        ("FANNIE MAE", Kind.Agency), ("FNMA", Kind.Agency), ("FREDDIE MAC", Kind.Agency), ("FHLMC", Kind.Agency), ("GNMA", Kind.Agency),
        ("FEDERAL HOME LOAN", Kind.Agency), ("FEDERAL FARM CREDIT", Kind.Agency), ("FHLB", Kind.Agency), ("FFCB", Kind.Agency),
        ("CHINA DEVELOPMENT BANK", Kind.Agency), ("EXPORT IMPORT BANK", Kind.Agency), ("AGRICULTURAL DEVELOPMENT BANK", Kind.Agency),
        ("WORLD BANK", Kind.Supranational), ("INTL BK RECON", Kind.Supranational), ("INTERNATIONAL BANK FOR RECONSTRUCTION", Kind.Supranational),
        ("ASIAN DEVELOPMENT BANK", Kind.Supranational), ("ASIAN DEVELOPMENT BK", Kind.Supranational), ("EUROPEAN INVESTMENT BANK", Kind.Supranational),
        ("ASIAN INFRASTRUCTURE INVESTMENT", Kind.Supranational), ("INTER AMERICAN DEVELOPMENT", Kind.Supranational),
        ("INTERNATIONAL FINANCE CORP", Kind.Supranational), ("EUROPEAN BANK FOR RECONSTRUCTION", Kind.Supranational),
        ("STATE OF", Kind.Municipal), ("CITY OF", Kind.Municipal), ("COUNTY OF", Kind.Municipal), ("MUNICIPAL", Kind.Municipal),
    ];

    /// <summary>Words in a derivative's name or reference that show it is written on an index, a rate or a commodity.</summary>
    private static readonly string[] IndexWords =
    [
        "INDEX", "INDICES", "IDX", "S&P", "S&P500", "SP500", "EMINI", "E MINI", "MSCI", "FTSE", "STOXX", "NIKKEI", "TOPIX", "HANG SENG", "HSCEI", "CSI",
        "KOSPI", "RUSSELL", "NASDAQ", "DAX", "CAC", "NIFTY", "SENSEX", "BASKET", "CDX", "ITRAXX", "SOFR", "LIBOR", "EURIBOR", "SONIA", "ESTR",
        "TREASURY", "T NOTE", "T BOND", "BUND", "GILT", "GOLD", "SILVER", "CRUDE", "OIL", "COPPER", "WHEAT", "CORN", "SOYBEAN", "GAS", "BRENT", "WTI",
    ];

    /// <summary>The instrument type of a row and, when it is not screened, why.</summary>
    /// <remarks>A row with an asset class not recognised is screened as equity: missing exposure is worse than a wasted look-up.</remarks>
    public static Classification Classify(HoldingRow row) => Classify(row, byHeading: true);

    /// <summary>
    /// The instrument type of a row and, when it is not screened, why: by its asset class, else by its sector, else (when
    /// <paramref name="byHeading"/>) by the section heading it stands under (<see cref="HoldingRow.Section"/>), which then
    /// reads as its asset class would: under <c>Cash</c>, cash; under <c>Futures</c>, a future naming no company; under
    /// <c>Derivatives</c>, a derivative, screened where its description names a company.
    /// </summary>
    /// <param name="byHeading">False for a row whose identifiers name a listed security: it is screened whatever heading it stands under.</param>
    public static Classification Classify(HoldingRow row, bool byHeading)
    {
        var (kind, said) = row.AssetClass is { } cls && Describe(cls) is { } byClass ? (byClass, $"asset class '{cls}'")
            : row.AssetClass is null && row.Sector is { } sector && Describe(sector) is { } bySector ? (bySector, $"sector '{sector}'")
            : byHeading && row.AssetClass is null && row.Section is { } heading && Describe(heading.Text) is { } byHeadingText
                ? (byHeadingText, string.Create(CultureInfo.InvariantCulture, $"under the section heading '{heading.Text}' on line {heading.Line}"))
            : (Kind.Equity, "");

        switch (kind)
        {
            case Kind.Cash: return Excluded(InstrumentType.Other, Exclusion.Cash, said);
            case Kind.ForeignExchange:
                return Excluded(IsDerivativeText(row.AssetClass) ? InstrumentType.Derivative : InstrumentType.Other, Exclusion.ForeignExchange, said);
            case Kind.MoneyMarket: return Excluded(InstrumentType.Other, Exclusion.MoneyMarket, said);
            case Kind.RateOrCommodityDerivative: return Excluded(InstrumentType.Derivative, Exclusion.IndexDerivative, said);
            case Kind.Commodity:
                return IsDerivativeText(row.AssetClass)
                    ? Excluded(InstrumentType.Derivative, Exclusion.IndexDerivative, said)
                    : Excluded(InstrumentType.Other, Exclusion.NoCompanyIssuer, $"a commodity, {said}");
            case Kind.RightsOrWarrants: return Classification.Screened(InstrumentType.Other);
            case Kind.Derivative or Kind.FutureOrForward: return Derivative(row, kind, said);
            case Kind.Equity: return Classification.Screened(InstrumentType.Equity);
            default: return Debt(row, kind, said);
        }
    }

    /// <summary>The reason a holding is excluded from screening, or null when it is screened.</summary>
    public static string? ExclusionReason(HoldingRow row) => Classify(row).Reason;

    /// <summary>What an exclusion is, in words: "cash", "government debt" ...</summary>
    public static string Describe(Exclusion exclusion) => exclusion switch
    {
        Exclusion.Cash => "cash",
        Exclusion.ForeignExchange => "currency",
        Exclusion.MoneyMarket => "money market or repo",
        Exclusion.Government => "government debt",
        Exclusion.Agency => "agency debt",
        Exclusion.Supranational => "supranational debt",
        Exclusion.Municipal => "municipal debt",
        Exclusion.IndexDerivative => "derivative on an index, a rate or a commodity",
        _ => "no company issuer",
    };

    private static Classification Excluded(InstrumentType type, Exclusion exclusion, string said) =>
        new(type, exclusion, $"{Describe(exclusion)} ({said})");

    private static Classification Debt(HoldingRow row, Kind kind, string said)
    {
        if (kind == Kind.AssetBacked) return DebtExcluded(kind, said);
        if (IssuerCategory(row.IssuerType) is { } byCategory)
            return byCategory == Kind.Debt ? Classification.Screened(InstrumentType.Debt) : DebtExcluded(byCategory, $"issuer category '{row.IssuerType}'");
        if (kind != Kind.Debt) return DebtExcluded(kind, said);
        if (row.AssetClass is not null && row.Sector is { } sector && Find(sector, IssuerSectorWords) is { } bySector)
            return DebtExcluded(bySector, $"sector '{sector}'");
        if ((row.IssuerName ?? row.Name) is { } name && Find(name, IssuerNameWords) is { } byName)
            return DebtExcluded(byName, $"name '{name}'");
        return Classification.Screened(InstrumentType.Debt);
    }

    private static Classification DebtExcluded(Kind kind, string said) => kind switch
    {
        Kind.Government => Excluded(InstrumentType.Debt, Exclusion.Government, said),
        Kind.Agency => Excluded(InstrumentType.Debt, Exclusion.Agency, said),
        Kind.Supranational => Excluded(InstrumentType.Debt, Exclusion.Supranational, said),
        Kind.Municipal => Excluded(InstrumentType.Debt, Exclusion.Municipal, said),
        Kind.Cash => Excluded(InstrumentType.Other, Exclusion.Cash, said),
        Kind.MoneyMarket => Excluded(InstrumentType.Other, Exclusion.MoneyMarket, said),
        Kind.AssetBacked => Excluded(InstrumentType.Debt, Exclusion.NoCompanyIssuer, $"an asset-backed pool, {said}"),
        Kind.Fund => Excluded(InstrumentType.Other, Exclusion.NoCompanyIssuer, $"a fund, {said}"),
        _ => Excluded(InstrumentType.Debt, Exclusion.NoCompanyIssuer, said),
    };

    /// <summary>An N-PORT issuer category (Form N-PORT item C.5): a company, or who else; null when not stated or not known.</summary>
    private static Kind? IssuerCategory(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        "CORP" => Kind.Debt,
        "UST" or "NUSS" => Kind.Government,
        "USGA" or "USGSE" => Kind.Agency,
        "MUN" => Kind.Municipal,
        "RF" or "PF" => Kind.Fund,
        _ => null,
    };

    private static Classification Derivative(HoldingRow row, Kind kind, string said)
    {
        if (row.Reference is { } reference)
        {
            if (reference.IndexName is { } index) return Excluded(InstrumentType.Derivative, Exclusion.IndexDerivative, $"reference '{index}'");
            if (reference.Name is { } refName && HasIndexWord(refName)) return Excluded(InstrumentType.Derivative, Exclusion.IndexDerivative, $"reference '{refName}'");
            if ((reference.Name ?? reference.Isin ?? reference.Cusip) is not null) return Classification.Screened(InstrumentType.Derivative);
        }
        var name = row.Name ?? "";
        if (HasIndexWord(name)) return Excluded(InstrumentType.Derivative, Exclusion.IndexDerivative, $"{said}, name '{name}'");
        if (Find(name, ClassWords) is Kind.ForeignExchange) return Excluded(InstrumentType.Derivative, Exclusion.ForeignExchange, $"{said}, name '{name}'");
        // A future or forward names a company only through a reference instrument the file states; a swap, an option or a
        // note is written on what its description names, which is screened.
        if (kind == Kind.FutureOrForward || name.Length == 0)
            return Excluded(InstrumentType.Derivative, Exclusion.NoCompanyIssuer, $"{said}, no reference instrument named");
        return Classification.Screened(InstrumentType.Derivative);
    }

    private static bool IsDerivativeText(string? text) => text is not null && Fold(text).Contains("DERIVATIVE", StringComparison.Ordinal);

    private static bool HasIndexWord(string text)
    {
        var folded = " " + Fold(text) + " ";
        foreach (var w in IndexWords)
            if (folded.Contains($" {w} ", StringComparison.Ordinal)) return true;
        return false;
    }

    private static readonly ConcurrentDictionary<string, Kind?> Described = new(StringComparer.Ordinal);

    /// <summary>The kind a class or sector text names, or null; files repeat a handful of texts, so answers are kept.</summary>
    private static Kind? Describe(string text) => string.IsNullOrWhiteSpace(text) ? null : Described.GetOrAdd(text, t =>
    {
        var folded = " " + Fold(t) + " ";
        if (folded.Contains(" EQUITY ", StringComparison.Ordinal) && !folded.Contains("DERIVATIVE", StringComparison.Ordinal)) return Kind.Equity;
        if (folded.Contains(" PREFERRED ", StringComparison.Ordinal) || folded.Contains(" DEPOSITARY ", StringComparison.Ordinal)) return Kind.Equity;
        return Find(t, ClassWords);
    });

    private static Kind? Find(string text, (string Word, Kind Kind)[] words)
    {
        var folded = " " + Fold(text) + " ";
        foreach (var (word, kind) in words)
            if (folded.Contains($" {word} ", StringComparison.Ordinal)) return kind;
        return null;
    }

    /// <summary>Upper case, with brackets, slashes, hyphens, dots and commas read as spaces.</summary>
    private static string Fold(string text)
    {
        var chars = text.ToUpperInvariant().Select(c => c is '/' or '-' or '(' or ')' or ',' or '.' or ':' ? ' ' : c).ToArray();
        return string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
