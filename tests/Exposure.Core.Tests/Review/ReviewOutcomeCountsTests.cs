using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Core.Review;
using Exposure.TestSupport;

namespace Exposure.Core.Tests.Review;

/// <summary>What a person's rejections set aside: a candidate awaiting review, or a match a rule had made (overturned), counted apart.</summary>
public sealed class ReviewOutcomeCountsTests
{
    private static readonly HoldingNormaliser Normaliser = new(BundledReference.Value.Exchanges);

    private static Holding Holding(string name, string isin) =>
        Normaliser.Normalise(new HoldingRow(new SourceLocation("f.csv", 2), name, null, null, isin));

    private static ReviewDecision Reject(string company, string isin, int line) =>
        new(ReviewVerdict.Reject, "A. Reviewer", new DateOnly(2026, 1, 5), "checked the filing", company, isin, null, null, "", "decisions.csv", line);

    private static MatchResult Result(string company, MatchOutcome outcome) =>
        new(outcome, BundledReference.Value.Company(company), outcome == MatchOutcome.Match ? "isin" : "name-similar", 0.8, [new Evidence("isin", "x", "y", 0.8, "")]);

    [Fact]
    public void A_rejected_rule_match_is_counted_as_overturned_and_a_rejected_candidate_is_not()
    {
        var book = new ReviewBook("decisions.csv", [Reject("hikvision", "CNE100000PM8", 2), Reject("zte", "CNE000000TK5", 3)]);

        Assert.Equal(MatchOutcome.NoMatch, book.Apply(Holding("HIKVISION A", "CNE100000PM8"), Result("hikvision", MatchOutcome.Match)).Outcome);
        Assert.Equal(MatchOutcome.NoMatch, book.Apply(Holding("ZTE CORP A", "CNE000000TK5"), Result("zte", MatchOutcome.NeedsReview)).Outcome);

        var outcome = book.Outcome(BundledReference.Value);
        Assert.Equal(2, outcome.RowsRejected);
        Assert.Equal(1, outcome.MatchesOverturned);
    }
}
