using Exposure.Core.Reporting;
using Exposure.Reports.Pdf.Layout;

namespace Exposure.Reports.Pdf.Report;

/// <summary>One row per fund with its value, flagged and related value and lines by state; value awaiting review; flagged value by category.</summary>
internal sealed class FundsSection : IReportSection
{
    public const string Title = "Funds";

    public IEnumerable<IElement> Compose(ReportContext context)
    {
        var report = context.Report;
        var currency = context.Currency;
        var market = MarketLayout.Applies(report);
        var funds = market ? MarketLayout.FundsInOrder(report) : report.Funds;
        var shown = market ? funds.Take(MarketLayout.Rows).ToList() : funds;

        var t = report.Terms;
        yield return new Heading(Title);
        yield return new Paragraph(
            "Fund value is the net assets the file states, otherwise the sum of the values of its rows; when the file's own weights show " +
            "that it lists only part of a fund, the fund value they imply. Weights are shares of fund value, or the file's own weights " +
            "where they disagree with its values. A value a file does not give, or gives in a form that could not be read, is unknown and " +
            $"left out of the sums, never counted as zero. Flagged value counts only holdings {t.InCompanies}; related value " +
            $"(holdings in a parent or subsidiary of {t.AnEntity}) is shown beside it and never added to it." +
            (market ? " " + MarketLayout.FundsOrder(report) : ""));

        var table = new Table(
        [
            new TableColumn("Fund", ColumnWidth.Relative(3)),
            Typography.DateColumn("As of"),
            Typography.MoneyColumn("Fund value", currency),
            Typography.MoneyColumn("Flagged value", context.Currency),
            Typography.BoundPercentColumn("Flagged weight"),
            Typography.MoneyColumn("Related value", currency),
            Typography.PercentColumn("Related weight"),
            new TableColumn(Wording.StatesHeading(shown, "Lines by state"), ColumnWidth.Relative(2.2)) { FontSize = Typography.DetailSize },
        ]);
        foreach (var fund in shown)
        {
            table.AddRow(
                new TableCell(fund.DisplayName)
                {
                    Bold = true,
                    More = [new TextSpan($"\n{fund.SourceFile} · {Wording.FundBasis(fund)}") { Color = Typography.Muted }, .. NoLaterReport(fund)],
                },
                Typography.Date(fund.AsOf) + Words.Origin(fund.AsOfFrom),
                context.MoneyCell(fund.FundValue, fund.Currency, Wording.MissingValue(fund)),
                Wording.FlaggedValueAtLeast(fund) + context.MoneyCell(fund.FlaggedValue, fund.Currency, Wording.MissingValue(fund)),
                Wording.FlaggedWeightAtLeast(fund) + Typography.Percent(fund.FlaggedWeight),
                Wording.RelatedValueAtLeast(fund) + context.MoneyCell(fund.RelatedValue, fund.Currency, Wording.MissingValue(fund)),
                Typography.Percent(fund.RelatedWeight),
                Wording.EntriesByState(fund) ?? Words.Compact(fund.Lines) + (Wording.HoldingsOfLines(fund) is { } holdings ? $"; {holdings}" : ""));
        }

        yield return table;
        foreach (var element in Typography.NoteIfAny(MarketWording.Rest(shown.Count, funds.Count, "funds", MarketWording.FundsWhere)))
        {
            yield return element;
        }

        if (report.Market is { } view && MarketWording.EarlierReports(view) is { } earlier)
        {
            yield return Typography.Note(earlier);
        }

        // A constituent list has no review value in money: its rows awaiting review say whether it has any.
        var awaiting = market ? MarketLayout.AwaitingReviewInOrder(report) : funds.Where(MarketLayout.AwaitsReview).ToList();
        if (awaiting.Count > 0)
        {
            yield return Typography.Note("Some holdings await review; their value is given per fund below and is not counted as flagged.");
            var review = new Table(
            [
                new TableColumn("Fund", ColumnWidth.Relative(3)),
                Typography.MoneyColumn("Value awaiting review", currency),
                Typography.PercentColumn("Weight"),
            ]);
            var listed = market ? awaiting.Take(MarketLayout.Rows).ToList() : awaiting;
            foreach (var fund in listed)
            {
                review.AddRow(new TableCell(fund.DisplayName) { More = NoLaterReport(fund) }, context.MoneyCell(fund.ReviewValue, fund.Currency, Wording.MissingValue(fund)), Typography.Percent(fund.ReviewWeight));
            }

            yield return review;
            foreach (var element in Typography.NoteIfAny(MarketWording.Rest(listed.Count, awaiting.Count, "funds with holdings awaiting review, the most awaiting review first,", MarketWording.FundsWhere)))
            {
                yield return element;
            }
        }

        foreach (var element in Categories(context, funds, market, t))
        {
            yield return element;
        }

    }


    /// <summary>Beside the figures of a market's fund with no report in the latest data set: that they are its last report's, not counted.</summary>
    internal static TextSpan[] NoLaterReport(FundExposure fund) =>
        MarketWording.NoLaterReport(fund) is { } text ? [new TextSpan("\n" + text)] : [];

    private static IEnumerable<IElement> Categories(ReportContext context, IReadOnlyList<FundExposure> funds, bool market, ListTerms t)
    {
        var withCategories = funds.Where(f => f.ByCategory.Count > 0).ToList();
        if (withCategories.Count == 0)
        {
            yield break;
        }

        var shown = market ? withCategories.Take(MarketLayout.Rows).ToList() : withCategories;

        yield return new Heading(t.FlaggedValueByCategory, 2);
        yield return Typography.Note(
            $"A company counts under every {t.Category} it carries, so these figures overlap: they are never summed, " +
            "and their total is not the flagged value.");
        var table = new Table(
        [
            new TableColumn("Fund", ColumnWidth.Relative(2.4)),
            Typography.DateColumn("As of"),
            new TableColumn("Category", ColumnWidth.Relative(1.2)),
            Typography.MoneyColumn("Flagged value", context.Currency),
            Typography.BoundPercentColumn("Weight"),
            Typography.CountColumn(t.CompaniesTitle),
        ]);
        foreach (var fund in shown)
        {
            foreach (var category in fund.ByCategory)
            {
                table.AddRow(
                    new TableCell(fund.DisplayName) { More = NoLaterReport(fund) },
                    Typography.Date(fund.AsOf),
                    Wording.Category(category),
                    Wording.CategoryValueAtLeast(category) + context.MoneyCell(category.Value, fund.Currency, Wording.MissingValue(fund)),
                    Wording.CategoryWeightAtLeast(category) + Typography.Percent(category.Weight),
                    Typography.Count(category.Companies));
            }
        }

        yield return table;
        foreach (var element in Typography.NoteIfAny(Wording.CategoriesValuesUnknown(shown, nameFunds: shown.Count > 1)))
        {
            yield return element;
        }

        foreach (var element in Typography.NoteIfAny(MarketWording.Rest(shown.Count, withCategories.Count, "funds holding named companies", MarketWording.CategoriesWhere)))
        {
            yield return element;
        }
    }
}
