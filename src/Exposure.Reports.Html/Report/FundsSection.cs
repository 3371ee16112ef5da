using System.Globalization;
using Exposure.Core.Holdings;
using Exposure.Core.Reporting;

namespace Exposure.Reports.Html.Report;

/// <summary>One row per fund with its value, flagged and related value and lines by state; value awaiting review; flagged value by category.</summary>
internal sealed class FundsSection : IHtmlSection
{
    public const string SectionId = "funds";
    public const string SectionTitle = "Funds";

    public string Id => SectionId;

    public string Title => SectionTitle;

    public void Write(ReportPage page)
    {
        var report = page.Report;
        var currency = page.Currency;
        var w = page.W;
        var market = MarketLayout.Applies(report);
        var funds = Indexed(report, market ? MarketLayout.FundsInOrder(report) : report.Funds);
        var shown = market ? funds.Take(MarketLayout.Rows).ToList() : funds;
        page.OpenSection(Id, Title);
        page.Paragraph("A fund's value is the net assets its file states, otherwise the sum of the values of its rows; when the file's own weights " +
            "show that it lists only part of a fund, the fund value they imply. Weights are shares of it, or the file's own weights where they " +
            "disagree with its values. A value a file does not give, or gives in a form that could not be read, is unknown and left out of " +
            $"the sums, never counted as zero. Flagged value counts holdings {page.Report.Terms.InCompanies} only; related value (holdings in " +
            $"a listed parent or subsidiary of {page.Report.Terms.AnEntity}) is given beside it and never added to it." +
            (market ? " " + MarketLayout.FundsOrder(report) : ""));
        page.Table("Funds screened",
        [
            new Column("Fund"), new Column("As of"), new Column(ReportPage.MoneyHeader("Fund value", currency), true),
            new Column(ReportPage.MoneyHeader("Flagged value", currency), true), new Column("Flagged weight", true),
            new Column(ReportPage.MoneyHeader("Related value", currency), true), new Column("Related weight", true),
            new Column(ReportPage.MoneyHeader("Awaiting review", currency), true), new Column(Wording.StatesHeading(shown.Select(x => x.Fund).ToList(), "Lines by state")),
        ], () =>
        {
            foreach (var (fund, i) in shown)
            {
                var at = string.Create(CultureInfo.InvariantCulture, $"funds[{i}]");
                page.Row(() => page
                    .RowHeader(() =>
                    {
                        w.Open("strong");
                        page.Name(fund.DisplayName);
                        w.Close("strong");
                        w.Open("span", ("class", "sub")).Text(fund.SourceFile + " · " + Wording.FundBasis(fund)).Close("span");
                        NoLaterReport(page, fund);
                    })
                    .Cell(Format.Date(fund.AsOf) + Origin(fund.AsOfFrom))
                    .Num(() => page.MoneyCell(at + ".fundValue", fund.FundValue, fund.Currency, currency, Wording.MissingValue(fund)))
                    .Num(() => page.Words(Wording.FlaggedValueAtLeast(fund)).MoneyCell(at + ".flaggedValue", fund.FlaggedValue, fund.Currency, currency, Wording.MissingValue(fund)))
                    .Num(() =>
                    {
                        page.Words(Wording.FlaggedWeightAtLeast(fund));
                        page.Percent(at + ".flaggedWeight", fund.FlaggedWeight);
                    })
                    .Num(() => page.Words(Wording.RelatedValueAtLeast(fund)).MoneyCell(at + ".relatedValue", fund.RelatedValue, fund.Currency, currency, Wording.MissingValue(fund)))
                    .Num(() => page.Percent(at + ".relatedWeight", fund.RelatedWeight))
                    // A fund none of whose lines awaits review reads "none", as in the workbook, not 0 as if a holding awaiting review had been valued.
                    .Num(() => ReviewValue(page, at + ".reviewValue", fund, currency))
                    .Cell(() =>
                    {
                        // An N-PORT filing's XML is counted in holdings, each of several lines; any other fund in lines, each a holding.
                        if (Wording.EntriesByState(fund) is { } entries)
                        {
                            w.Text(entries);
                            return;
                        }

                        Lines(page, at + ".lines", fund.Lines);
                        if (Wording.HoldingsOfLines(fund) is { } holdings) w.Text("; " + holdings);
                    }, "small"));
            }
        }, sortable: true, filterable: shown.Count > 1);
        if (MarketWording.Rest(shown.Count, funds.Count, "funds", MarketWording.FundsWhere) is { } rest)
        {
            page.Note(rest);
        }

        if (report.Market is { } view && MarketWording.EarlierReports(view) is { } earlier)
        {
            page.Note(earlier);
        }

        Categories(page, funds, market);
        page.CloseSection();
    }

    /// <summary>A fund's value awaiting review: an amount, or in words where it is none or not known in money (<see cref="Wording.ReviewValueInWords"/>).</summary>
    private static void ReviewValue(ReportPage page, string path, FundExposure fund, string? currency)
    {
        if (Wording.ReviewValueInWords(fund) is { } words)
        {
            page.Figure(path, fund.ReviewValue, words);
        }
        else
        {
            page.MoneyCell(path, fund.ReviewValue, fund.Currency, currency);
        }
    }

    /// <summary>Beside the figures of a market's fund with no report in the latest data set: that they are its last report's, not counted.</summary>
    private static void NoLaterReport(ReportPage page, FundExposure fund)
    {
        if (MarketWording.NoLaterReport(fund) is { } text)
        {
            page.W.Element("span", text, ("class", "sub no-later-report"));
        }
    }

    /// <summary>Where a date came from, when not from the file itself.</summary>
    private static string Origin(MetadataOrigin origin) => origin switch
    {
        MetadataOrigin.FileName => " (from the file name)",
        MetadataOrigin.CommandLine => " (given on the command line)",
        MetadataOrigin.Portfolio => " (given by the portfolio file)",
        _ => "",
    };

    /// <summary>Each fund with its place in the model's list, where the JSON has its figures (<c>funds[i]</c>).</summary>
    private static List<(FundExposure Fund, int Index)> Indexed(ExposureReport report, IReadOnlyList<FundExposure> funds)
    {
        var index = report.Funds.Select((f, i) => (f.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        return funds.Select(f => (f, index[f.Id])).ToList();
    }

    /// <summary>"11 matched · 2 related · … · 40 lines in all".</summary>
    private static void Lines(ReportPage page, string root, StateCounts lines)
    {
        var w = page.W;
        RowState[] states = [RowState.Matched, RowState.Related, RowState.NeedsReview, RowState.Unmatched, RowState.Excluded, RowState.Rejected, RowState.NotAHolding];
        foreach (var state in lines.LookedThrough > 0 ? [.. states, RowState.LookedThrough] : states)
        {
            var key = char.ToLowerInvariant(state.ToString()[0]) + state.ToString()[1..];
            page.Count($"{root}.{key}", lines.Of(state));
            w.Text($" {Wording.Of(state)} · ");
        }

        page.Count(root + ".total", lines.Total);
        w.Text(Wording.Verb(lines.Total, " line in all", " lines in all"));
    }

    private static void Categories(ReportPage page, List<(FundExposure Fund, int Index)> funds, bool market)
    {
        var currency = page.Currency;
        var withCategories = funds.Where(x => x.Fund.ByCategory.Count > 0).ToList();
        if (withCategories.Count == 0)
        {
            return;
        }

        var shown = market ? withCategories.Take(MarketLayout.Rows).ToList() : withCategories;

        page.OpenSection("funds-categories", page.Report.Terms.FlaggedValueByCategory, 3);
        page.Note($"A company counts under every {page.Report.Terms.Category} it carries, so these figures overlap: they are never summed, and their total is not the flagged value.");
        page.Table(page.Report.Terms.FlaggedValueByCategory,
        [
            new Column("Fund"), new Column("As of"), new Column("Category"), new Column(ReportPage.MoneyHeader("Flagged value", currency), true),
            new Column("Weight", true), new Column(page.Report.Terms.CompaniesTitle, true),
        ], () =>
        {
            foreach (var (fund, i) in shown)
            {
                for (var j = 0; j < fund.ByCategory.Count; j++)
                {
                    var x = fund.ByCategory[j];
                    var at = string.Create(CultureInfo.InvariantCulture, $"funds[{i}].byCategory[{j}]");
                    page.Row(() => page.RowHeader(() =>
                        {
                            page.Name(fund.DisplayName);
                            NoLaterReport(page, fund);
                        }).Cell(Format.Date(fund.AsOf)).Cell(Wording.Category(x))
                        .Num(() => page.Words(Wording.CategoryValueAtLeast(x)).MoneyCell(at + ".value", x.Value, fund.Currency, currency, Wording.MissingValue(fund)))
                        .Num(() =>
                        {
                            page.W.Text(Wording.CategoryWeightAtLeast(x));
                            page.Percent(at + ".weight", x.Weight);
                        })
                        .Num(() => page.Count(at + ".companies", x.Companies)));
                }
            }
        }, sortable: true, filterable: true, headed: true);
        if (Wording.CategoriesValuesUnknown(shown.Select(x => x.Fund), nameFunds: shown.Count > 1) is { Length: > 0 } unknown)
        {
            page.Note(unknown);
        }

        if (MarketWording.Rest(shown.Count, withCategories.Count, "funds holding named companies", MarketWording.CategoriesWhere) is { } rest)
        {
            page.Note(rest);
        }

        page.CloseSection();
    }
}
