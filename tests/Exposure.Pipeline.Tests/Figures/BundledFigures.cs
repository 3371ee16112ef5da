using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;
using Exposure.TestSupport;

namespace Exposure.Pipeline.Tests.Figures;

/// <summary>What the tests of a fund's figures build with: the bundled list, a run's information, the normaliser, and a match to a company on the list.</summary>
internal static class BundledFigures
{
    public static ReferenceData Reference => BundledReference.Value;

    public static readonly RunInfo Run = new("test", Reference.Version, Matcher.AlgorithmVersion, null, [], new(0, 0, 0, 0), 0.01m, null);

    public static readonly HoldingNormaliser Normaliser = new(Reference.Exchanges);

    public static MatchResult Hit(string companyId, MatchOutcome outcome = MatchOutcome.Match) =>
        new(outcome, Reference.Company(companyId), "test", 1, []);
}
