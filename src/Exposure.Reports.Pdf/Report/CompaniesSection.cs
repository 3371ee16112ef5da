using Exposure.Core.Reporting;
using Exposure.Reports.Pdf.Layout;

namespace Exposure.Reports.Pdf.Report;

/// <summary>An introduction, then one <see cref="CompanySection"/> per company held, in the model's order.</summary>
internal sealed class CompaniesSection : IReportSection
{
    public const string Title = "Companies held";

    public IEnumerable<IElement> Compose(ReportContext context)
    {
        var companies = context.Report.Companies;
        yield return new PageBreak();
        yield return new Heading(Title);
        if (companies.Count == 0)
        {
            yield return new Paragraph("No fund holds a company on the list (as matched or related).");
            yield break;
        }

        yield return new Paragraph(Listings.CompaniesIntro(context.Report));

        var profiled = MarketLayout.ProfiledCompanies(context.Report);
        if (profiled.Count < companies.Count)
        {
            yield return new Paragraph(
            [
                new TextSpan($"{Typography.Plural(profiled.Count, "company is", "companies are")} profiled here, of the {Typography.Count(companies.Count)} held") { Bold = true },
                context.Report.Market is null
                    ? ": the first in the order above. "
                    : $": those of the table {MarketSection.ByFundsTitle}, and the {Typography.Count(MarketLayout.LargestProfiled)} with the most value held. ",
                Wording.Capitalised(MarketWording.ProfilesWhere) + ".",
            ]);
        }

        for (var i = 0; i < profiled.Count; i++)
        {
            yield return new Section(new CompanySection(profiled[i], last: i == profiled.Count - 1).Compose(context));
        }
    }
}
