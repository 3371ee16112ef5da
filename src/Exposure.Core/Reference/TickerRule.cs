namespace Exposure.Core.Reference;

/// <summary>How a local ticker is written canonically on an exchange.</summary>
public enum TickerRule
{
    /// <summary>Upper-case, as written.</summary>
    Upper,
    /// <summary>Numeric codes left-padded to six digits (Shanghai, Shenzhen, Korea): <c>63</c> is <c>000063</c>.</summary>
    Pad6,
    /// <summary>Numeric codes left-padded to four digits (Taiwan).</summary>
    Pad4,
    /// <summary>Numeric codes without leading zeros (Hong Kong): <c>0763</c> is <c>763</c>.</summary>
    StripZeros,
}
