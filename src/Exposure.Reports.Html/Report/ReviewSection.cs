using System.Globalization;
using Exposure.Core.Holdings;
using Exposure.Core.Reporting;
using Exposure.Core.Review;

namespace Exposure.Reports.Html.Report;

/// <summary>Holdings that need a person's review, with their evidence, then how review decisions bore on this run.</summary>
internal sealed class ReviewSection : IHtmlSection
{
    public const string SectionId = "review";
    public const string SectionTitle = "Holdings that need review";

    public string Id => SectionId;

    public string Title => SectionTitle;

    public void Write(ReportPage page)
    {
        var review = page.Report.Findings.Select((f, i) => (f, i)).Where(x => x.f.State == RowState.NeedsReview).ToList();
        page.OpenSection(Id, Title);
        page.Paragraph("Candidates a person must confirm or reject: the listed code agrees but the name does not, a name looks cut short, a name " +
            "is short, shared or only resembles a listed name, or identifiers contradict the list. Their value is given apart and never " +
            "counted as flagged. Do not describe these holdings as exposure until a person has reviewed them.");
        if (review.Count == 0)
        {
            page.Paragraph("No holding line needs review.");
        }

        FindingsTables.Write(page, review, "Holdings that need review");
        Decisions(page, page.Report.Review, review.Count > 0);
        page.CloseSection();
    }

    /// <param name="candidates">Holdings awaiting review are listed above: without decisions, each still awaits one.</param>
    private static void Decisions(ReportPage page, ReviewOutcome review, bool candidates)
    {
        var w = page.W;
        page.OpenSection("review-decisions", "Review decisions", 3);
        if (review.DecisionsFile is null)
        {
            page.Paragraph((candidates ? "No review decisions were applied to this run, so every candidate above still awaits a person's decision. "
                : "No review decisions were applied to this run. ") + "Decisions " +
                "are kept in a separate log that is only ever added to, and applied on later runs; each names the reviewer, the date and the reason.");
            page.CloseSection();
            return;
        }

        page.Facts(
            ("Decisions file", () => page.Name(review.DecisionsFile)),
            ("Decisions in force", () => page.Count("review.decisions", review.Decisions)),
            (Wording.RowsAcceptedLabel, () => page.Count("review.rowsAccepted", review.RowsAccepted)),
            (Wording.RowsRejectedLabel, () => page.Count("review.rowsRejected", review.RowsRejected)),
            (Wording.MatchesOverturnedLabel, () => page.Count("review.matchesOverturned", review.MatchesOverturned)),
            ("Stale decisions (not applied)", () => w.Text(Format.Count(review.Stale.Count))));
        if (review.SetAside.Count > 0)
        {
            page.Note("Holding rows set aside by a person's decision: they are left out of every figure. Each is a candidate a person rejected, " +
                "or a match a rule had made that a person overturned.");
            page.Table("Holding rows set aside by a person",
                [new Column("Holding"), new Column("Fund"), new Column("Line", true), new Column("Company"), new Column("Rule it had"), new Column("Decided by"), new Column("Reason")],
                () =>
                {
                    for (var i = 0; i < review.SetAside.Count; i++)
                    {
                        var row = review.SetAside[i];
                        page.Row(() => page.RowHeader(row.Holding ?? "")
                            .Cell(page.Report.FundLabel(row.FundId))
                            .Num(() => page.Figure(string.Create(CultureInfo.InvariantCulture, $"review.setAside[{i}].line"), row.Line, Format.Line(row.Line)))
                            .Cell(row.CompanyName)
                            .Cell(() =>
                            {
                                w.Text(row.Rule);
                                w.Element("span", row.What, ("class", "sub"));
                            })
                            .Cell(row.Decided)
                            .Cell(() =>
                            {
                                w.Text(row.Reason);
                                w.Element("span", $"({row.Where})", ("class", "sub"));
                            }));
                    }
                }, sortable: true);
        }

        if (review.Stale.Count > 0)
        {
            page.Note("Stale decisions were not applied: they met no holding row in this run, their security is now a candidate for another " +
                "company, or their company is not on the list screened against. Review them in the decisions log.");
            page.Table("Stale decisions",
                [new Column("Decisions file"), new Column("Line", true), new Column("Security"), new Column("Company"), new Column("Decision"), new Column("Why stale")],
                () =>
                {
                    for (var i = 0; i < review.Stale.Count; i++)
                    {
                        var s = review.Stale[i];
                        page.Row(() => page.Cell(s.File).Num(() => page.Figure(string.Create(CultureInfo.InvariantCulture, $"review.stale[{i}].line"), s.Line, Format.Line(s.Line)))
                            .RowHeader(s.Security).Cell(s.CompanyId).Cell(s.Verdict).Cell(s.Why));
                    }
                }, sortable: true);
        }

        page.CloseSection();
    }
}
