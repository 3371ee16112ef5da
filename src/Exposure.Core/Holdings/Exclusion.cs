namespace Exposure.Core.Holdings;

/// <summary>Why a holding is not screened: it has no company behind it that a list could name.</summary>
public enum Exclusion
{
    /// <summary>Cash, deposits, margin, collateral.</summary>
    Cash,
    /// <summary>Currency and currency forwards.</summary>
    ForeignExchange,
    /// <summary>Money market funds and short-term investment vehicles, repurchase agreements.</summary>
    MoneyMarket,
    /// <summary>Debt of a national government (treasuries, sovereign bonds).</summary>
    Government,
    /// <summary>Debt of a government agency or a government-sponsored enterprise.</summary>
    Agency,
    /// <summary>Debt of a supranational body (World Bank, development banks).</summary>
    Supranational,
    /// <summary>Debt of a state, city or other local authority.</summary>
    Municipal,
    /// <summary>A derivative on an index, a basket, a rate or a commodity.</summary>
    IndexDerivative,
    /// <summary>Anything else the file shows no company issuer for (a fund, an asset-backed pool, a future with no named company).</summary>
    NoCompanyIssuer,
}
