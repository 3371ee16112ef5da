namespace Exposure.Core.Reporting;

/// <summary>What shows that a file whose weight column does not say it holds percentages gives its weights as fractions.</summary>
public enum FractionEvidence
{
    /// <summary>Its weights add up to 1 (0.98 to 1.02), none above 1, and no stated net assets contradict that reading.</summary>
    SumIsOne,

    /// <summary>Its weights agree with value over the net assets it states as fractions, and not as percentages.</summary>
    AgreeWithNetAssets,
}
