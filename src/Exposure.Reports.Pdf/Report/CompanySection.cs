using Exposure.Core.Portfolio;
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
        // The name, why the company is listed and its caveat stay together on one page.
        var opening = new List<IElement> { new Heading(company.NameEn, 2) };

        if (company.NameNative is { Length: > 0 } native)
        {
            opening.Add(new Paragraph(native, fallback: company.NameEn) { FontSize = Typography.NativeNameSize, SpaceAfter = Typography.AttachedSpacing });
            if (!context.CanRender(native))
            {
                opening.Add(Typography.Note(
                    "* The name in its own script cannot be drawn with the fonts available here; the English name is shown. " +
                    "Add a font folder with a CJK font to show it."));
            }
        }

        var facts = new KeyValueList { KeyWidthFraction = Typography.CompanyKeyWidth, FontSize = Typography.FactsSize, BoldValues = false, SpaceAfter = Typography.CompanySpacing }
            .Add("Why listed", new TextSpan(company.BasisText) { Bold = true })
            .Add("Basis", Wording.BasisLine(company, context.Report.Run.Lists))
            .Add("Categories", Wording.Categories(company.Categories))
            .Add("Country", Wording.CompanyCountry(company.Country))
            .Add("Listings", company.ListingNames.Count == 0 ? Typography.Dash : string.Join("\n", company.ListingNames));
        if (Wording.NamedOnLists(company) is { } lists)
        {
            facts.Add(Wording.NamedOnListsLabel, lists);
        }

        if (Wording.JoinedAcrossLists(company, context.Report.Run.Lists) is { Count: > 0 } joins)
        {
            facts.Add(Wording.JoinedAcrossListsLabel, string.Join("\n", joins));
        }

        if (company.Relations.Count > 0)
        {
            facts.Add("Relations", string.Join("\n", company.Relations.Select(r => $"{r.Name}: {r.Relation} ({Listings.RelationBasis(r, context.Report)})")));
        }

        if (context.Report.Market is { } market)
        {
            if (market.Companies.FirstOrDefault(x => x.CompanyId == company.Id) is { } m)
            {
                facts.Add("Held by", MarketWording.HeldBy(m) +
                    (m.Value is null ? "" : $", {Typography.Money(m.Value, m.Currency)} in all"));
            }
        }
        else
        {
            // No exact total: at least the known values where some are unknown, else unknown or not given, and why.
            var total = Wording.CompanyTotal(company, currency) + (Wording.CompanyTotalNote(company) is { } why ? $"\n({why})" : "");
            facts.Add(Wording.CompanyValueLabel(company), total);
        }

        if (company.ByInstrument is { HasMoreThanShares: true } split)
        {
            facts.Add("How it is held", Wording.Split(split, currency, "the company", "it"));
        }

        opening.Add(facts);
        if (company.LaterThanHoldings.Count > 0)
        {
            opening.Add(new Callout(
                [
                    new TextSpan("Dated after the holdings: ") { Bold = true },
                    Wording.LaterThanHoldings(company),
                ],
                Typography.NoticeFill,
                Typography.NoticeBar)
            {
                FontSize = Typography.CalloutSize,
                SpaceAfter = Typography.CompanySpacing,
            });
        }

        opening.Add(new Callout(
            [new TextSpan("Caveat: ") { Bold = true }, company.ReviewNote.Length > 0 ? company.ReviewNote : "none given by the list."],
            Typography.CaveatFill,
            Typography.CaveatBar)
        {
            FontSize = Typography.CalloutSize,
            SpaceAfter = Typography.CompanySpacing,
        });
        yield return new KeepTogether([.. opening]);

        foreach (var element in LinkSources(company))
        {
            yield return element;
        }

        yield return new Heading($"Where {company.NameEn} is held", 3) { Bookmark = false };
        var held = new Table(
        [
            new TableColumn("Fund", ColumnWidth.Relative(3)),
            Typography.DateColumn("As of"),
            Typography.MoneyColumn("Value", currency),
            Typography.PercentColumn("Weight"),
            Typography.RowCountColumn("Rows"),
        ]);
        var holdings = Holders(context.Report);
        var listed = MarketLayout.Applies(context.Report) ? holdings.Take(MarketLayout.HoldersListed).ToList() : holdings;
        foreach (var holding in listed)
        {
            var through = Wording.HeldThrough(holding);
            held.AddRow(
                new TableCell(context.Report.FundLabel(holding.FundId))
                {
                    More = through.Count == 0 ? [] : [new TextSpan("\n" + string.Join("\n", through)) { Color = Typography.Muted }],
                },
                Typography.Date(holding.AsOf),
                context.MoneyCell(holding.Value, holding.Currency, context.MissingValue(holding.FundId)) + Unknown(holding.RowsWithoutValue, holding.Value is null),
                Typography.Percent(holding.Weight),
                Typography.Count(holding.Rows));
        }

        yield return held;
        if (MarketWording.Rest(listed.Count, holdings.Count, "funds holding it", MarketWording.HoldersWhere) is { } rest)
        {
            yield return Typography.Note(rest);
        }

        foreach (var element in SchemePaths(company, MarketLayout.Applies(context.Report)))
        {
            yield return element;
        }

        var (listings, allegations) = Listings.Split(company, context.Report.Run.Lists);
        if (listings.Count > 0)
        {
            yield return new Heading(Listings.ListingsHeading(company.NameEn, listings), 3) { Bookmark = false };
            yield return Typography.Note(Listings.ListingsNote);
            foreach (var listing in listings)
            {
                yield return Allegation(listing, company, context.Report.Run.Lists);
            }
        }

        if (allegations.Count > 0 || listings.Count == 0)
        {
            yield return new Heading(Listings.AllegationsHeading(company.NameEn), 3) { Bookmark = false };
        }

        if (company.Allegations.Count == 0)
        {
            yield return new Paragraph($"The list gives no {context.Report.Terms.Entry} for this company.");
        }

        foreach (var allegation in allegations)
        {
            yield return Allegation(allegation, company, context.Report.Run.Lists);
        }

        if (!last)
        {
            yield return Typography.CompanySeparator;
        }
    }

    /// <summary>
    /// In a scheme report, every path by which the scheme holds the company: where it starts, what the scheme invests there,
    /// the funds down to the rows that hold it with the share held at each step, and the value it brings, adding up to the
    /// value held by the scheme, looked through. A scheme laid out as a market lists the first
    /// <see cref="MarketLayout.PathsListed"/>, as its table of companies does.
    /// </summary>
    private static IEnumerable<IElement> SchemePaths(CompanyExposure company, bool bounded)
    {
        if (company.Scheme is not { Through: { Count: > 0 } paths } scheme)
        {
            yield break;
        }

        var c = scheme.Currency;
        yield return new Heading(Wording.SchemePathsTitle(company.NameEn), 3) { Bookmark = false };
        var table = new Table(
        [
            new TableColumn("Holding of the scheme", ColumnWidth.Relative(1.3)),
            new TableColumn("Path, with the share held at each step", ColumnWidth.Relative(3)),
            Typography.PathValueColumn($"Value ({c})"),
        ]);
        var listed = bounded ? paths.Take(MarketLayout.PathsListed).ToList() : paths;
        foreach (var path in listed)
        {
            var notes = new[] { path.ValueUnknown is { } why ? $"value {Wording.Unknown}: {why}" : null, SchemeBounds.Notional(path, c) }.OfType<string>().ToList();
            var steps = new TableCell(Wording.SchemePathSteps(path, company.NameEn))
            {
                More = notes.Count == 0 ? [] : [new TextSpan("\n" + string.Join("\n", notes)) { Color = Typography.Muted }],
            };
            var value = path.Value is null ? Wording.Unknown : Wording.AtLeast(path.ValueBound == Bound.AtLeast) + Typography.Amount(path.Value);
            table.AddRow(Wording.SchemePathEntry(path, c), steps, value);
        }

        yield return table;
        yield return Typography.Note((MarketWording.Rest(listed.Count, paths.Count, "paths", MarketWording.PathsWhere) is { } rest ? rest + " " : "") +
            Wording.SchemePathsTotal(scheme));
    }

    /// <summary>The funds holding the company, largest value first: in a market of filings, each fund's latest report only.</summary>
    private List<CompanyHolding> Holders(ExposureReport report)
    {
        if (report.Market is null)
        {
            return [.. company.Holdings];
        }

        var latest = MarketLayout.LatestReports(report);
        return company.Holdings.Where(h => latest.Contains(h.FundId)).ToList();
    }

    /// <summary>The sources the list gives for each parent or subsidiary link, so the relationship can be checked like an allegation.</summary>
    private static IEnumerable<IElement> LinkSources(CompanyExposure company)
    {
        var linked = company.Relations.Where(r => r.Sources.Count > 0).ToList();
        if (linked.Count == 0)
        {
            if (company.Relations.Count > 0)
            {
                yield return Typography.Note("The list gives no source for these links.");
            }

            yield break;
        }

        yield return new Heading("Sources for the relations", 3) { Bookmark = false };
        foreach (var relation in linked)
        {
            foreach (var source in relation.Sources)
            {
                var fields = new KeyValueList { KeyWidthFraction = Typography.SourceKeyWidth, FontSize = Typography.SourceSize, BoldValues = false, SpaceAfter = Typography.CompanySpacing }
                    .Add("Link", $"{relation.Name}: {relation.Relation}")
                    .Add("Source", new TextSpan(source.Url) { Link = source.Url })
                    .Add("Source title", source.Title)
                    .Add("Publisher, date", $"{source.Publisher}, {Typography.Date(source.Date)}");
                if (!string.IsNullOrWhiteSpace(source.Note))
                {
                    fields.Add("Note", source.Note);
                }

                yield return fields;
            }
        }
    }

    /// <summary>"\n(2 rows of unknown value not counted)" under an amount that leaves rows out.</summary>
    private static string Unknown(int rows, bool noTotal) =>
        rows == 0 ? "" : noTotal ? $"\n({Typography.Plural(rows, "row", "rows")} of unknown value)" : $"\n({Typography.Plural(rows, "row", "rows")} of unknown value not counted)";

    private static KeepTogether Allegation(AllegationView a, CompanyExposure company, ListsUsed? lists)
    {
        var title = new Paragraph(
            [new TextSpan(Wording.Category(a.Category)) { Bold = true }, new TextSpan(" · ") { Bold = true }, new TextSpan(a.ListOrReport) { Bold = true }])
        {
            FontSize = Typography.AllegationTitleSize,
            SpaceAfter = Typography.AttachedSpacing,
        };
        var fields = new KeyValueList { KeyWidthFraction = Typography.SourceKeyWidth, FontSize = Typography.SourceSize, BoldValues = false, SpaceAfter = Typography.AllegationSpacing }
            .Add(Listings.IsListing(a, lists) ? "Entity listed" : "Entity named", $"{a.SubjectName} ({Words.Of(a.SubjectRelation)})")
            .Add("Date", Typography.Date(a.DateShown) + (company.LaterThanHoldings.FirstOrDefault(l => l.AllegationIds.Contains(a.Id)) is { } later
                ? $" (after the holdings of {Typography.Date(later.HoldingsAsOf)})"
                : ""))
            .Add("Publisher", a.Publisher)
            .Add("Kind of source", SourceKinds.Describe(a.SourceKind) + (ListFraming.ListOf(a.ListName, lists) is null ? "" : ", as the list states it"))
            .Add("Summary", a.Summary)
            .Add("Source", new TextSpan(a.SourceUrl) { Link = a.SourceUrl });
        if (a.SourceTitle.Length > 0)
        {
            fields.Add("Source title", a.SourceTitle);
        }

        if (ListFraming.ListOf(a.ListName, lists) is { } described)
        {
            fields.Add("From list", described);
        }
        else if (a.ListName is { } list)
        {
            fields.Add("From list", list);
        }

        return new KeepTogether(title, fields);
    }
}
