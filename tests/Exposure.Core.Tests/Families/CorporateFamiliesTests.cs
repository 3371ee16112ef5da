using Exposure.Core.Families;
using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Core.Reference;
using Exposure.TestSupport;

namespace Exposure.Core.Tests.Families;

/// <summary>The families stage: named companies are matched, their listed parents and subsidiaries related, with the links' sources.</summary>
public sealed class CorporateFamiliesTests
{
    private static readonly ReferenceData Reference = BundledReference.Value;
    private static readonly CorporateFamilies Families = new(Reference);

    private static MatchResult Result(string company, MatchOutcome outcome = MatchOutcome.Match) => new(outcome, Reference.Company(company), "test", 1, []);

    [Fact]
    public void A_company_a_source_names_is_matched_its_relatives_related()
    {
        Assert.Equal(RowState.Matched, CorporateFamilies.StateOf(Result("zte")));
        Assert.Equal(RowState.Related, CorporateFamilies.StateOf(Result("hon-hai")));
        Assert.Equal(RowState.Related, CorporateFamilies.StateOf(Result("jinko-solar-co")));
        Assert.Equal(RowState.NeedsReview, CorporateFamilies.StateOf(Result("zte", MatchOutcome.NeedsReview)));
        Assert.Equal(RowState.Unmatched, CorporateFamilies.StateOf(MatchResult.None));
    }

    [Fact]
    public void A_parent_of_named_entities_lists_its_named_subsidiaries_with_sources()
    {
        var relations = Families.RelationsOf("hon-hai");
        Assert.NotEmpty(relations);
        Assert.All(relations, r => Assert.StartsWith("subsidiary of Hon Hai", r.Relation, StringComparison.Ordinal));
        Assert.All(relations, r => Assert.NotEmpty(r.Sources));
        Assert.Contains(relations, r => r.Basis == Basis.Named);
        Assert.Equal(
            "Not named itself; its subsidiaries named by 2 lists or reports (Coalition to End Forced Labour in the Uyghur Region statement on the HKW/SHU report (2022); " +
            "Hong Kong Watch / Helena Kennedy Centre report 'Passively Funding Crimes Against Humanity' (2022))",
            Families.BasisText(Reference.Company("hon-hai")));
    }

    [Fact]
    public void A_subsidiary_of_a_named_parent_says_which()
    {
        var parent = Assert.Single(Families.RelationsOf("jinko-solar-co"));
        Assert.Equal("jinkosolar", parent.Id);
        Assert.Equal(Basis.Named, parent.Basis);
        var sources = Reference.AllegationsOf("jinko-solar-co").OrderBy(a => a.Date ?? "9999", StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal).Select(a => a.ListOrReport).Distinct(StringComparer.Ordinal).ToList();
        Assert.Equal(
            $"Not named itself; its parent JinkoSolar Holding Co., Ltd. named by {sources.Count} {(sources.Count == 1 ? "list or report" : "lists or reports")} ({string.Join("; ", sources)})",
            Families.BasisText(Reference.Company("jinko-solar-co")));
    }

    [Fact]
    public void A_named_company_counts_and_lists_its_distinct_sources()
    {
        var sources = Reference.AllegationsOf("hikvision").OrderBy(a => a.Date ?? "9999", StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal).Select(a => a.ListOrReport).Distinct(StringComparer.Ordinal).ToList();
        Assert.All(Reference.AllegationsOf("hikvision"), a => Assert.Equal(SubjectRelation.Self, a.SubjectRelation));
        Assert.Equal($"Named by {sources.Count} lists or reports ({string.Join("; ", sources)})", Families.BasisText(Reference.Company("hikvision")));
    }

    [Fact]
    public void Sources_naming_only_a_subsidiary_are_counted_apart_from_those_naming_the_company()
    {
        Assert.Equal(
            "Named by 1 list or report (Sheffield Hallam University report 'In Broad Daylight' (2021)); " +
            "its subsidiary Xinjiang Daqo New Energy Co., Ltd. by 2 lists or reports (US Commerce Entity List; UFLPA Entity List)",
            Families.BasisText(Reference.Company("daqo")));
        Assert.Equal(
            "Named by 1 list or report (Sheffield Hallam University report 'In Broad Daylight' (2021)); " +
            "its subsidiaries by 2 lists or reports (US House members' letter to DHS/CBP on the UFLPA Entity List (2022); " +
            "Hong Kong Watch / Helena Kennedy Centre report 'Passively Funding Crimes Against Humanity' (2022))",
            Families.BasisText(Reference.Company("tbea")));
        Assert.Equal(
            "Named by 1 list or report (UFLPA Entity List); its subsidiaries by 1 list or report (UFLPA Entity List)",
            Families.BasisText(Reference.Company("zijin-mining")));
        Assert.Equal(
            "Named by 1 list or report (Hong Kong Watch / Helena Kennedy Centre report 'Passively Funding Crimes Against Humanity' (2022)); " +
            "its affiliates by 1 list or report (US Commerce Entity List)",
            Families.BasisText(Reference.Company("bgi-genomics")));
    }

    [Fact]
    public void Every_named_company_counts_as_its_own_only_the_sources_that_name_it_itself()
    {
        foreach (var company in Reference.Companies.Where(c => c.Basis == Basis.Named))
        {
            // Sources in the order the list dates them, undated last.
            var own = Reference.AllegationsOf(company.Id).Where(a => a.SubjectRelation == SubjectRelation.Self)
                .OrderBy(a => a.Date ?? "9999", StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal)
                .Select(a => a.ListOrReport).Distinct(StringComparer.Ordinal).ToList();
            Assert.StartsWith($"Named by {own.Count} {(own.Count == 1 ? "list or report" : "lists or reports")} ({string.Join("; ", own)})",
                Families.BasisText(company), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_parent_of_named_entities_named_itself_on_other_grounds_does_not_say_it_is_not_named()
    {
        Assert.Equal(
            "Its subsidiary China Railway aka China Railway Construction Heavy Industry Co. (中国铁建重工集团股份有限公司) named by 1 list or report " +
            "(Hong Kong Watch / Helena Kennedy Centre report 'Passively Funding Crimes Against Humanity' (2022)); itself named by 1 list or report (US Treasury NS-CMIC list)",
            Families.BasisText(Reference.Company("crcc")));
    }

    [Fact]
    public void A_named_company_whose_attribution_the_caveat_calls_inferred_says_so()
    {
        var fii = Reference.Company("foxconn-industrial-internet");
        Assert.True(Attribution.IsInferred(fii.ReviewNote));
        Assert.EndsWith("; attribution inferred: see caveat", Families.BasisText(fii), StringComparison.Ordinal);
        Assert.False(Attribution.IsInferred(Reference.Company("daqo").ReviewNote));
        Assert.DoesNotContain("attribution inferred", Families.BasisText(Reference.Company("daqo")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_brief_form_gives_the_same_counts_without_the_sources()
    {
        static string Brief(string id) => BasisWording.Text(Reference.Company(id).Basis,
            Reference.AllegationsOf(id).Select(a => new BasisRow(a.SubjectRelation, a.SubjectName, a.ListOrReport, a.Listed, a.Date, a.Id, a.DateKind)),
            Reference.FindCompany(Reference.Company(id).ParentId)?.NameEn, Reference.Company(id).ReviewNote, asOf: null, brief: true);

        Assert.Equal("Named by 1 list or report (Sheffield Hallam University report 'In Broad Daylight' (2021)); its subsidiary Xinjiang Daqo New Energy Co., Ltd. by 2 lists or reports",
            Brief("daqo"));
        Assert.Equal("Its subsidiaries named by 2 lists or reports", Brief("hon-hai"));
        Assert.EndsWith("; attribution inferred: see caveat", Brief("foxconn-industrial-internet"), StringComparison.Ordinal);
        // Named only itself by no more sources than the brief form gives: the brief form is the whole line.
        Assert.True(Reference.AllegationsOf("hikvision").Select(a => a.ListOrReport).Distinct(StringComparer.Ordinal).Count() <= BasisWording.BriefSources);
        Assert.Equal(Families.BasisText(Reference.Company("hikvision")), Brief("hikvision"));
    }
}
