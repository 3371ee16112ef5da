using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Core.Review;
using Exposure.TestSupport;

namespace Exposure.Core.Tests.Review;

/// <summary>The decisions stage on its own: which decision meets which security, which wins, and which are stale.</summary>
public sealed class ReviewBookTests
{
    private static readonly HoldingNormaliser Normaliser = new(BundledReference.Value.Exchanges);

    private static Holding Holding(string name, string? isin = null, string? ticker = null, string? exchange = null) =>
        Normaliser.Normalise(new HoldingRow(new SourceLocation("f.csv", 2), name, ticker, exchange, isin));

    private static ReviewDecision Decision(ReviewVerdict verdict, string company, int line, string? isin = null, string? mic = null, string? ticker = null, string name = "") =>
        new(verdict, "A. Reviewer", new DateOnly(2026, 1, 5), "checked the filing", company, isin, mic, ticker, name, "decisions.csv", line);

    private static MatchResult Candidate(string company, MatchOutcome outcome = MatchOutcome.NeedsReview) =>
        new(outcome, BundledReference.Value.Company(company), "name-similar", 0.8, [new Evidence("name-similar", "x", "y", 0.8, "alike")]);

    [Fact]
    public void An_accepted_candidate_becomes_a_match_that_says_who_decided()
    {
        var book = new ReviewBook("decisions.csv", [Decision(ReviewVerdict.Accept, "zte", 2, name: "ZTE")], showReviewers: true);
        var result = book.Apply(Holding("ZTE CORP"), Candidate("zte"));

        Assert.Equal(MatchOutcome.Match, result.Outcome);
        Assert.Equal("A. Reviewer", result.DecidedBy);
        Assert.Equal("review decision: accepted (name-similar)", result.Rule);
        Assert.Contains(result.Evidence, e => e.Feature == "review-decision" && e.Note.Contains("decisions.csv, line 2", StringComparison.Ordinal));
        Assert.Equal(1, book.Outcome(BundledReference.Value).RowsAccepted);
    }

    [Fact]
    public void Unless_names_are_to_be_published_a_reviewer_is_not_named_and_the_decisions_file_is_named_without_its_folder()
    {
        var decision = Decision(ReviewVerdict.Accept, "zte", 2, name: "ZTE") with { File = "/home/someone/review/decisions.csv" };
        var book = new ReviewBook("decisions.csv", [decision]);
        var result = book.Apply(Holding("ZTE CORP"), Candidate("zte"));

        Assert.Equal(ReviewBook.ReviewerWithheld, result.DecidedBy);
        var note = Assert.Single(result.Evidence, e => e.Feature == "review-decision").Note;
        Assert.Contains("accepted by a reviewer on", note, StringComparison.Ordinal);
        Assert.DoesNotContain("A. Reviewer", note, StringComparison.Ordinal);
        Assert.Contains("(decisions.csv, line 2)", note, StringComparison.Ordinal);
        Assert.DoesNotContain("/home/", note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rejection_sets_a_rule_match_aside()
    {
        var book = new ReviewBook("decisions.csv", [Decision(ReviewVerdict.Reject, "hikvision", 2, isin: "CNE100000PM8")]);
        var result = book.Apply(Holding("HIKVISION A", isin: "CNE100000PM8"), Candidate("hikvision", MatchOutcome.Match));

        Assert.Equal(MatchOutcome.NoMatch, result.Outcome);
        Assert.Equal("hikvision", result.Company!.Id);
        Assert.Equal(1, book.Outcome(BundledReference.Value).RowsRejected);
    }

    [Fact]
    public void The_last_decision_on_the_same_security_and_company_wins()
    {
        var book = new ReviewBook("decisions.csv",
        [
            Decision(ReviewVerdict.Accept, "zte", 2, name: "ZTE"),
            Decision(ReviewVerdict.Reject, "zte", 3, name: "ZTE"),
        ]);
        Assert.Equal(MatchOutcome.NoMatch, book.Apply(Holding("ZTE CORP"), Candidate("zte")).Outcome);
        Assert.Equal(1, book.Outcome(BundledReference.Value).Decisions);
    }

    [Fact]
    public void A_decision_keyed_on_an_exchange_code_meets_only_that_listing()
    {
        var book = new ReviewBook("decisions.csv", [Decision(ReviewVerdict.Accept, "zte", 2, mic: "XHKG", ticker: "763")]);
        Assert.Equal(MatchOutcome.Match, book.Apply(Holding("ZTE", ticker: "0763", exchange: "Hong Kong Exchanges And Clearing Ltd"), Candidate("zte")).Outcome);
        Assert.Equal(MatchOutcome.NeedsReview, book.Apply(Holding("ZTE", ticker: "63", exchange: "Shenzhen Stock Exchange"), Candidate("zte")).Outcome);
    }

    [Fact]
    public void Decisions_that_meet_no_row_or_another_company_or_no_listed_company_are_stale()
    {
        var book = new ReviewBook("decisions.csv",
        [
            Decision(ReviewVerdict.Accept, "zte", 2, name: "NEVER SEEN"),
            Decision(ReviewVerdict.Accept, "dahua", 3, name: "ZTE"),
            Decision(ReviewVerdict.Accept, "no-such-company", 4, name: "WHATEVER"),
        ]);
        book.Apply(Holding("ZTE CORP"), Candidate("zte"));

        var stale = book.Outcome(BundledReference.Value).Stale.ToDictionary(s => s.Line, s => s.Why);
        Assert.Equal("no holding row met this decision", stale[2]);
        Assert.Equal("the security's candidate is now zte", stale[3]);
        Assert.Equal("company 'no-such-company' is not on the list screened against (removed from it, or never on it)", stale[4]);
    }

    [Fact]
    public void Results_without_a_company_are_left_alone()
    {
        var book = new ReviewBook("decisions.csv", [Decision(ReviewVerdict.Accept, "zte", 2, name: "ZTE")]);
        Assert.Same(MatchResult.None, book.Apply(Holding("ZTE CORP"), MatchResult.None));
    }
}
