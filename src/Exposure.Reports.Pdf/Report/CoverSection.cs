using Exposure.Core.Portfolio;
using Exposure.Core.Reporting;
using Exposure.Reports.Pdf.Layout;

namespace Exposure.Reports.Pdf.Report;

/// <summary>
/// The cover: the "Illustrative data" banner when the model says so, the title, the scheme or the funds screened, the
/// holdings' as-of dates, the list's version, date and latest allegation, what produced the report (the run time only when
/// the run was stamped), and what the companies in it are (and are not).
/// </summary>
internal sealed class CoverSection : IReportSection
{
    public const string Bookmark = "Cover";

    public const string ContentsTitle = "Contents";

    private const int FundsNamed = 4;

    public IEnumerable<IElement> Compose(ReportContext context)
    {
        var run = context.Report.Run;
        yield return new Spacer(Typography.CoverTopSpace) { KeepAtPageTop = true };
        if (run.IllustrativeNote is { } note)
        {
            yield return new Banner([new TextSpan("ILLUSTRATIVE DATA") { Bold = true }, new TextSpan("\n" + WithoutLabel(note))], Typography.NoticeFill, Typography.NoticeBar)
            {
                FontSize = Typography.CoverBannerSize,
                SpaceAfter = Typography.CoverBannerSpaceAfter,
            };
        }
        else
        {
            yield return new Spacer(Typography.CoverSpaceWithoutBanner) { KeepAtPageTop = true };
        }

        yield return new Paragraph(Words.TitleOf(context.Report))
        {
            FontSize = Typography.CoverTitleSize,
            Bold = true,
            SpaceAfter = Typography.CoverTitleSpaceAfter,
            Bookmark = new OutlineEntry(Bookmark, 1),
            Role = StructureTag.Heading(1),
        };
        yield return new Paragraph(Words.SubtitleOf(context.Report)) { FontSize = Typography.CoverSubtitleSize, Color = Typography.Muted, SpaceAfter = Typography.CoverSubtitleSpaceAfter };
        yield return Typography.CoverRule;
        yield return Facts(context);
        yield return new Spacer(Typography.CoverNoteSpaceBefore);
        yield return new Callout(
            ListFraming.WhyNamed(run.Lists) is { } why
                ?
                [
                    why + $" {Wording.Verb(run.Lists!.Lists.Count, "The list is", "The lists are")} data with citations, not a finding of this tool, and inclusion does not establish wrongdoing. " +
                    "Each company's section gives its sources and a caveat: ",
                    new TextSpan("read the caveat before publishing anything about a company.") { Bold = true },
                ]
                :
                [
                "Companies appear here because public sources — government lists, or reports by researchers, journalists and NGOs — ",
                new TextSpan("name") { Bold = true },
                " them, or name their parent or subsidiary, in connection with alleged Uyghur forced labour or Xinjiang's surveillance " +
                "and internment apparatus. The list is data with citations, not a finding of this tool, and inclusion does not establish " +
                "wrongdoing. Each company's section gives its sources and a caveat: ",
                new TextSpan("read the caveat before publishing anything about a company.") { Bold = true },
                ],
            Typography.NoteFill,
            Typography.NoteBar)
        {
            FontSize = Typography.CoverNoteSize,
            Padding = Typography.CoverNotePadding,
        };
        yield return new KeepTogether(
            new Paragraph(ContentsTitle) { Bold = true, FontSize = Typography.ContentsTitleSize, SpaceAfter = Typography.ContentsTitleSpaceAfter, Role = StructureTag.Heading(2) },
            new Contents(ContentsEntries(context)) { FontSize = Typography.ContentsSize });
        yield return new PageBreak();
    }

    /// <summary>The sections' bookmarks in order, and the scheme's Coverage, so what was not looked through is found from the cover.</summary>
    private static IEnumerable<OutlineEntry> ContentsEntries(ReportContext context)
    {
        yield return new OutlineEntry(ExecutiveSummarySection.Title, 1);
        yield return new OutlineEntry(ChartsSection.Title, 1);
        if (context.Portfolio is not null)
        {
            yield return new OutlineEntry(PortfolioSection.Title, 1);
            yield return new OutlineEntry(PortfolioSection.CoverageTitle, 2);
        }

        if (context.Report.Market is not null)
        {
            yield return new OutlineEntry(MarketSection.Title, 1);
        }

        foreach (var title in new[]
                 {
                     SummarySection.Title, FundsSection.Title, CompaniesSection.Title, FindingsSection.HeldTitle, FindingsSection.ReviewTitle,
                     RejectedLinesSection.Title, MethodologySection.Title, DisclaimerSection.Title,
                 })
        {
            yield return new OutlineEntry(title, 1);
        }
    }

    private static KeyValueList Facts(ReportContext context)
    {
        var report = context.Report;
        var run = report.Run;
        var dates = report.Summary.Dates;
        var facts = new KeyValueList { KeyWidthFraction = Typography.CoverFactsKeyWidth, FontSize = Typography.CoverFactsSize, BoldValues = false };
        if (context.Portfolio is { } p)
        {
            facts.Add("Scheme", new TextSpan(p.Title) { Bold = true })
                .Add("Holdings", SchemeBounds.Holdings(p))
                .Add("Scheme as of", p.AsOf is null ? Wording.NoSchemeDate : Typography.Date(p.AsOf))
                .Add("Holdings as of", p.HoldingsAsOf)
                .Add("Report currency", p.ReportCurrency);
        }
        else if (report.Market is { } market)
        {
            var m = market.Summary;
            facts.Add($"Funds screened ({Typography.Count(m.Funds)})", new TextSpan(
                    $"{Typography.Plural(m.Funds, "fund", "funds")} {MarketWording.FiledBy(m)}, " +
                    $"from SEC Form N-PORT reports ({Typography.Plural(m.Reports, "report", "reports")} in all)") { Bold = true })
                .Add("Holdings as of", Wording.HoldingsAsOf(dates))
                .Add("Listed here", MarketWording.ListedHere);
        }
        else
        {
            var funds = report.Funds;
            var named = funds.Count <= FundsNamed
                ? string.Join("\n", funds.Select(f => f.DisplayName))
                : string.Join("\n", funds.Take(FundsNamed - 1).Select(f => f.DisplayName)) +
                  $"\nand {Typography.Plural(funds.Count - (FundsNamed - 1), "other fund", "other funds")} " +
                  (MarketLayout.Applies(report) ? "(the workbook, funds.csv and the JSON list every fund)" : "(every fund is listed under Funds)");
            facts.Add(funds.Count == 1 ? "Fund screened" : $"Funds screened ({Typography.Count(funds.Count)})", new TextSpan(named) { Bold = true })
                .Add("Holdings as of", Wording.HoldingsAsOf(dates));
        }

        facts.Add("Reference list", $"{Wording.ListDates(dates, run.Lists)}: {Typography.Count(run.ReferenceData.Companies)} {ListFraming.CompaniesCounted(run.ReferenceData, run.Lists)} and " +
                $"{Typography.Count(run.ReferenceData.Allegations)} {ListFraming.AllegationsCounted(run.ReferenceData.Allegations, run.Lists)}, each with its source")
            .Add("Produced with", $"Exposure {run.ToolVersion}, matching {run.MatchingAlgorithm}");
        if (run.GeneratedAt is { } at)
        {
            facts.Add("Generated", Typography.Timestamp(at));
        }

        return facts;
    }

    /// <summary>The model's note without its own "Illustrative data:" opening, which the banner's label already says.</summary>
    private static string WithoutLabel(string note)
    {
        const string label = "Illustrative data";
        if (!note.StartsWith(label, StringComparison.OrdinalIgnoreCase))
        {
            return note;
        }

        var rest = note[label.Length..].TrimStart(':', '.', ' ', '-', '—');
        return rest.Length == 0 ? note : char.ToUpperInvariant(rest[0]) + rest[1..];
    }
}
