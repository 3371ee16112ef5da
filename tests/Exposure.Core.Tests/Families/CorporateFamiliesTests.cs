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
        Assert.StartsWith("Not named itself; parent of named entities:", Families.BasisText(Reference.Company("hon-hai")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_subsidiary_of_a_named_parent_says_which()
    {
        var parent = Assert.Single(Families.RelationsOf("jinko-solar-co"));
        Assert.Equal("jinkosolar", parent.Id);
        Assert.Equal(Basis.Named, parent.Basis);
        Assert.Equal("Not named itself; subsidiary of named parent JinkoSolar Holding Co., Ltd.", Families.BasisText(Reference.Company("jinko-solar-co")));
    }

    [Fact]
    public void A_named_company_counts_its_distinct_sources()
    {
        var sources = Reference.AllegationsOf("hikvision").Select(a => a.ListOrReport).Distinct(StringComparer.Ordinal).Count();
        Assert.Equal($"Named by {sources} lists or reports", Families.BasisText(Reference.Company("hikvision")));
    }
}
