namespace Exposure.Core.Reporting;

/// <summary>A file's weights read as fractions of the fund (<c>0.05</c> for 5%), and why.</summary>
/// <param name="StatedSum">The sum of the weights as the file writes them (about 1 when they add up to the whole fund).</param>
/// <param name="Evidence">What shows they are fractions.</param>
public sealed record FractionWeights(decimal StatedSum, FractionEvidence Evidence);
