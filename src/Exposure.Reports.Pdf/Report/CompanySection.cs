using Exposure.Core.Reference;
using Exposure.Core.Reporting;
using Exposure.Reports.Pdf.Layout;

namespace Exposure.Reports.Pdf.Report;

/// <summary>One company: its names, why it is on the list, its caveat, where it is held, and each allegation with its source.</summary>
internal sealed class CompanySection(CompanyExposure company, bool last) : IReportSection
{
    public IEnumerable<IElement> Compose(ReportContext context)
    {
        var currency = context.Currency;
        yield return new Heading(company.NameEn, 2);

        if (company.NameNative is { Length: > 0 } native)
        {
            yield return new Paragraph(native, fallback: company.NameEn) { FontSize = Typography.NativeNameSize, SpaceAfter = 2 };
            if (!context.CanRender(native))
            {
                yield return Typography.Note(
                    $"* The name in its own script cannot be drawn with the fonts available here; the English name is shown. " +
                    "Add a font folder with a CJK font to show it.");
            }
        }

        var facts = new KeyValueList { KeyWidthFraction = 0.22, FontSize = 8.5, BoldValues = false, SpaceAfter = 6 }
            .Add("Why listed", new TextSpan(company.BasisText) { Bold = true })
            .Add("Basis", company.Basis == Basis.Named
                ? "named by a source itself"
                : $"not named itself: {Words.Of(company.Basis)}; holdings are reported as related, never as flagged")
            .Add("Categories", company.Categories.Count == 0 ? Typography.Dash : string.Join(", ", company.Categories))
            .Add("Country", company.Country)
            .Add("Listings", company.Listings.Count == 0 ? Typography.Dash : string.Join(", ", company.Listings));
        if (company.Relations.Count > 0)
        {
            facts.Add("Relations", string.Join("\n", company.Relations.Select(r => $"{r.Name}: {r.Relation}")));
        }

        if (company.TotalValue is { } total)
        {
            facts.Add("Value held, all funds", Typography.Money(total, currency));
        }

        yield return facts;

        yield return new Callout(
            [new TextSpan("Caveat: ") { Bold = true }, company.ReviewNote.Length > 0 ? company.ReviewNote : "none given by the list."],
            Typography.CaveatFill,
            Typography.CaveatBar)
        {
            FontSize = 8.5,
            SpaceAfter = 6,
        };

        yield return new Heading("Where it is held", 3) { Bookmark = false };
        var held = new Table(
        [
            new TableColumn("Fund", ColumnWidth.Relative(3)),
            new TableColumn(Typography.MoneyHeader("Value", currency), ColumnWidth.Fixed(90), TextAlignment.Right) { FitContent = true },
            new TableColumn("Weight", ColumnWidth.Fixed(60), TextAlignment.Right) { FitContent = true },
            new TableColumn("Rows", ColumnWidth.Fixed(40), TextAlignment.Right) { FitContent = true },
        ])
        {
            SpaceAfter = 4,
        };
        foreach (var holding in company.Holdings)
        {
            held.AddRow(
                holding.FundName,
                Typography.MoneyCell(holding.Value, holding.Currency, currency),
                Typography.Percent(holding.Weight),
                Typography.Count(holding.Rows));
        }

        yield return held;

        yield return new Heading("Allegations, as the sources report them", 3) { Bookmark = false };
        if (company.Allegations.Count == 0)
        {
            yield return new Paragraph("The list gives no allegation for this company.");
        }

        foreach (var allegation in company.Allegations)
        {
            yield return Allegation(allegation);
        }

        if (!last)
        {
            yield return new Rule { Thickness = 0.8, SpaceAbove = 6, SpaceBelow = 2, Color = Typography.Styles.MutedColor };
        }
    }

    private static KeepTogether Allegation(AllegationView a)
    {
        var title = new Paragraph(
            [new TextSpan(a.Category) { Bold = true }, new TextSpan(" · ") { Bold = true }, new TextSpan(a.ListOrReport) { Bold = true }])
        {
            FontSize = 8.5,
            SpaceAfter = 2,
        };
        var fields = new KeyValueList { KeyWidthFraction = 0.18, FontSize = 8, BoldValues = false, SpaceAfter = 8 }
            .Add("Entity named", $"{a.SubjectName} ({Words.Of(a.SubjectRelation)})")
            .Add("Date", Typography.Date(a.Date))
            .Add("Publisher", a.Publisher)
            .Add("Summary", a.Summary)
            .Add("Source", new TextSpan(a.SourceUrl) { Link = a.SourceUrl });
        if (a.SourceTitle.Length > 0)
        {
            fields.Add("Source title", a.SourceTitle);
        }

        return new KeepTogether(title, fields);
    }
}
