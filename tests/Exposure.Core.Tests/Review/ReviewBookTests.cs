using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Core.Review;
using Exposure.TestSupport;

namespace Exposure.Core.Tests.Review;

/// <summary>The decisions stage on its own: which decision meets which security, which wins, and which are stale.</summary>
public sealed class ReviewBookTests
{
    private static readonly HoldingNormaliser Normaliser = new(BundledReference.Value.Exchanges);

    private static Holding Holding(string name, string? isin = null, string? ticker = null, string? exchange = null, string? sedol = null) =>
        Normaliser.Normalise(new HoldingRow(new SourceLocation("f.csv", 2), name, ticker, exchange, isin, Sedol: sedol));

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

    [Fact]
    public void A_decision_on_a_name_never_meets_a_row_with_an_isin_or_an_exchange_and_code()
    {
        var book = new ReviewBook("decisions.csv",
        [
            Decision(ReviewVerdict.Accept, "hikvision", 2, name: "HIKVISION"),
            Decision(ReviewVerdict.Reject, "zte", 3, name: "ZTE"),
        ]);

        // Apple's ISIN on a row written HIKVISION: the accept made on the name-only row does not make it Hikvision.
        Assert.Equal(MatchOutcome.NeedsReview, book.Apply(Holding("HIKVISION", isin: "US0378331005"), Candidate("hikvision")).Outcome);
        // ZTE on Hong Kong 763: the reject made on the name-only row does not set aside a rule's match on the listing.
        Assert.Equal(MatchOutcome.Match, book.Apply(Holding("ZTE CORP", ticker: "763", exchange: "Hong Kong Exchanges And Clearing Ltd"), Candidate("zte", MatchOutcome.Match)).Outcome);
        // The name-only rows are still decided.
        Assert.Equal(MatchOutcome.Match, book.Apply(Holding("HIKVISION"), Candidate("hikvision")).Outcome);
        Assert.Equal(MatchOutcome.NoMatch, book.Apply(Holding("ZTE CORP"), Candidate("zte", MatchOutcome.Match)).Outcome);

        var outcome = book.Outcome(BundledReference.Value);
        Assert.Equal((1, 1, 1), (outcome.RowsAccepted, outcome.RowsRejected, outcome.MatchesOverturned));
        Assert.Empty(outcome.Stale);
    }

    [Fact]
    public void A_decision_on_an_isin_meets_the_isin_row_and_an_older_decision_on_the_name_is_stale()
    {
        var book = new ReviewBook("decisions.csv",
        [
            Decision(ReviewVerdict.Reject, "zijin-mining", 4, name: "ZIJIN MINING"),
            Decision(ReviewVerdict.Accept, "zijin-mining", 5, isin: "CNE100000502"),
        ]);
        var result = book.Apply(Holding("ZIJIN MINING GROUP CO LTD-H", isin: "CNE100000502"), Candidate("zijin-mining", MatchOutcome.Match));

        Assert.Equal(MatchOutcome.Match, result.Outcome);
        Assert.Contains(result.Evidence, e => e.Feature == "review-decision" && e.Note.Contains("line 5", StringComparison.Ordinal));
        var outcome = book.Outcome(BundledReference.Value);
        Assert.Equal(0, outcome.RowsRejected);
        var stale = Assert.Single(outcome.Stale);
        Assert.Equal((4, "no holding row met this decision"), (stale.Line, stale.Why));
    }

    [Fact]
    public void The_last_decision_on_a_security_wins_whatever_else_its_line_writes_beside_the_isin()
    {
        var book = new ReviewBook("decisions.csv",
        [
            Decision(ReviewVerdict.Reject, "zijin-mining", 2, isin: "CNE100000502", name: "ZIJIN MINING"),
            Decision(ReviewVerdict.Accept, "zijin-mining", 3, isin: "CNE100000502"),
        ]);
        Assert.Equal(MatchOutcome.Match, book.Apply(Holding("ZIJIN MINING GROUP CO LTD-H", isin: "CNE100000502"), Candidate("zijin-mining")).Outcome);
        var outcome = book.Outcome(BundledReference.Value);
        Assert.Equal(1, outcome.Decisions);
        Assert.Empty(outcome.Stale);
    }

    private static ReviewDecision Seen(ReviewDecision d, string[] names, string[]? sedols = null, string? state = "needs-review") =>
        d with { Seen = new DecisionSeen(names, sedols ?? [], [], "ticker+exchange, name differs", state) };

    [Fact]
    public void A_decision_is_not_applied_to_a_row_whose_name_now_reads_another_company_and_is_listed_as_stale_with_both_names()
    {
        var reject = Seen(Decision(ReviewVerdict.Reject, "sensetime", 2, mic: "XHKG", ticker: "20"), ["ACME WIDGETS HOLDINGS LTD"]);
        var book = new ReviewBook("decisions.csv", [reject]);

        var renamed = book.Apply(Holding("SENSETIME GROUP INC-CL B", ticker: "0020", exchange: "Hong Kong Exchanges And Clearing Ltd"), Candidate("sensetime", MatchOutcome.Match));

        Assert.Equal(MatchOutcome.Match, renamed.Outcome);
        Assert.Null(renamed.DecidedBy);
        var outcome = book.Outcome(BundledReference.Value);
        Assert.Equal((0, 0), (outcome.RowsRejected, outcome.MatchesOverturned));
        Assert.Equal("the holding now reads 'SENSETIME GROUP INC-CL B', decided on 'ACME WIDGETS HOLDINGS LTD' (f.csv, line 2)", Assert.Single(outcome.Stale).Why);
    }

    [Fact]
    public void A_decision_still_meets_a_row_whose_name_differs_only_in_how_it_is_written()
    {
        var reject = Seen(Decision(ReviewVerdict.Reject, "sensetime", 2, mic: "XHKG", ticker: "20"), ["ACME WIDGETS HOLDINGS LTD"]);
        var book = new ReviewBook("decisions.csv", [reject]);

        var row = book.Apply(Holding("Acme Widgets Holdings Ltd.", ticker: "0020", exchange: "Hong Kong Exchanges And Clearing Ltd"), Candidate("sensetime"));

        Assert.Equal(MatchOutcome.NoMatch, row.Outcome);
        Assert.Empty(book.Outcome(BundledReference.Value).Stale);
    }

    [Fact]
    public void A_decision_is_not_applied_to_a_row_with_another_sedol()
    {
        var accept = Seen(Decision(ReviewVerdict.Accept, "hikvision", 2, name: "HIKVISION"), ["HIKVISION"], ["B61ZNQ5"]);
        var book = new ReviewBook("decisions.csv", [accept]);

        Assert.Equal(MatchOutcome.NeedsReview, book.Apply(Holding("HIKVISION", sedol: "BMWX0D2"), Candidate("hikvision")).Outcome);
        Assert.Equal(MatchOutcome.Match, book.Apply(Holding("HIKVISION", sedol: "b61znq5"), Candidate("hikvision")).Outcome);
        var outcome = book.Outcome(BundledReference.Value);
        Assert.Equal(1, outcome.RowsAccepted);
        Assert.Equal("the holding's SEDOL is now BMWX0D2, decided on B61ZNQ5 (f.csv, line 2); applied to the other rows it meets, which read as decided",
            Assert.Single(outcome.Stale).Why);
    }

    [Fact]
    public void A_rejected_candidate_that_a_rule_now_matches_is_not_set_aside_nor_counted_as_a_match_overturned()
    {
        var reject = Seen(Decision(ReviewVerdict.Reject, "zte", 2, name: "ZTE"), ["ZTE CORP"]);
        var book = new ReviewBook("decisions.csv", [reject]);

        Assert.Equal(MatchOutcome.Match, book.Apply(Holding("ZTE CORP"), Candidate("zte", MatchOutcome.Match)).Outcome);
        var outcome = book.Outcome(BundledReference.Value);
        Assert.Equal((0, 0), (outcome.RowsRejected, outcome.MatchesOverturned));
        Assert.StartsWith("a rule now matches it (name-similar); the rejection was of a candidate awaiting review", Assert.Single(outcome.Stale).Why, StringComparison.Ordinal);
    }
}
