using Exposure.Core.Families;
using Exposure.Core.Reference;
using Exposure.TestSupport;

namespace Exposure.Core.Tests.Reference;

/// <summary>
/// The list as it stood on a date: every allegation dated by then is kept whoever it names, a company stays while one
/// remains on the grounds the list carries it on, its basis follows what remains, and the counts of what was left out add up.
/// </summary>
public sealed class ReferenceDataAsOfTests
{
    private static readonly ReferenceData Reference = BundledReference.Value;
    private static readonly DateOnly Date = new(2022, 3, 10);

    [Fact]
    public void Companies_whose_subsidiaries_or_affiliates_were_named_by_then_stay_as_parents_of_named_entities()
    {
        var dated = Reference.AsOf(Date);
        foreach (var id in new[] { "o-film", "huafu-fashion", "bgi-genomics" })
        {
            var company = dated.Data.Company(id);
            Assert.Equal(Basis.ParentOfNamed, company.Basis);
            Assert.Equal(Basis.Named, Reference.Company(id).Basis);
            Assert.Contains(dated.BasisChanged, c => c.Id == id);
            Assert.NotEmpty(dated.Data.AllegationsOf(id));
            Assert.All(dated.Data.AllegationsOf(id), a => Assert.NotEqual(SubjectRelation.Self, a.SubjectRelation));
        }

        var families = new CorporateFamilies(dated.Data);
        Assert.Equal(
            "Not named itself in the list as it stood on 2022-03-10; its subsidiary Nanchang O-Film Tech named by 1 list or report (US Commerce Entity List)",
            families.BasisText(dated.Data.Company("o-film")));
        Assert.Equal(
            "Not named itself in the list as it stood on 2022-03-10; its subsidiary Aksu Huafu Textiles Co. named by 1 list or report (US Commerce Entity List)",
            families.BasisText(dated.Data.Company("huafu-fashion")));
    }

    [Fact]
    public void Every_allegation_dated_by_then_is_kept_and_the_counts_add_up()
    {
        var dated = Reference.AsOf(Date);
        var byThen = Reference.Allegations.Where(a => !AllegationDates.IsAfter(a.Date, Date)).ToList();

        Assert.Equal(Reference.Allegations.Count, dated.AllegationsTotal);
        Assert.Equal(Reference.Allegations.Count - byThen.Count, dated.AllegationsLeftOut);
        Assert.Equal(byThen.Count, dated.Data.Allegations.Count + dated.AllegationsOfCompaniesLeftOut);
        Assert.Equal(Reference.Companies.Count, dated.Data.Companies.Count + dated.CompaniesLeftOut.Count + dated.CompaniesOnOtherGrounds.Count);

        // Every company left out has no allegation by then, or only ones on other grounds than its basis.
        Assert.All(dated.CompaniesLeftOut, c => Assert.DoesNotContain(byThen, a => a.CompanyId == c.Id));
        var other = Assert.Single(dated.CompaniesOnOtherGrounds);
        Assert.Equal("crcc", other.Id);
        Assert.All(byThen.Where(a => a.CompanyId == "crcc"), a => Assert.Equal(SubjectRelation.Self, a.SubjectRelation));
        Assert.Equal(byThen.Count(a => a.CompanyId == "crcc"), dated.AllegationsOfCompaniesLeftOut);

        // Every allegation by then of a company kept is kept, whoever it names.
        var kept = dated.Data.Allegations.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        Assert.All(byThen.Where(a => a.CompanyId != "crcc"), a => Assert.Contains(a.Id, kept));
    }

    [Fact]
    public void The_basis_never_grows_stronger_than_the_list_gives_and_always_rests_on_what_remains()
    {
        foreach (var date in new[] { new DateOnly(2019, 1, 1), new DateOnly(2020, 7, 22), Date, new DateOnly(2023, 1, 1), new DateOnly(2030, 1, 1) })
        {
            var dated = Reference.AsOf(date);
            foreach (var c in dated.Data.Companies)
            {
                var relations = dated.Data.AllegationsOf(c.Id).Select(a => a.SubjectRelation).ToList();
                Assert.True(c.Basis >= Reference.Company(c.Id).Basis, $"{c.Id} on {date}: {c.Basis} is stronger than {Reference.Company(c.Id).Basis}");
                var supported = c.Basis switch
                {
                    Basis.Named => relations.Contains(SubjectRelation.Self),
                    Basis.ParentOfNamed => relations.Any(r => r is SubjectRelation.Subsidiary or SubjectRelation.Affiliate),
                    _ => relations.Contains(SubjectRelation.Parent),
                };
                Assert.True(supported, $"{c.Id} on {date}: {c.Basis} rests on no allegation left");
            }
        }
        var all = Reference.AsOf(new DateOnly(2030, 1, 1));
        Assert.Equal(Reference.Companies.Count, all.Data.Companies.Count);
        Assert.Empty(all.BasisChanged);
        Assert.Equal(0, all.AllegationsLeftOut);
    }
}
