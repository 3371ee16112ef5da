using System.Globalization;
using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Core.Portfolio;
using Exposure.Core.Reference;

namespace Exposure.Core.Reporting;

/// <summary>The words and codes every output uses for the model's values, so that the PDF, workbook and CSV files say the same.</summary>
public static class Wording
{
    /// <summary>The state as a code: <c>not-a-holding</c>, <c>needs-review</c>, <c>matched</c> ...</summary>
    public static string Code(RowState state) => state switch
    {
        RowState.NotAHolding => "not-a-holding",
        RowState.NeedsReview => "needs-review",
        RowState.LookedThrough => "looked-through",
        _ => state.ToString().ToLowerInvariant(),
    };

    /// <summary>The state in words: <c>not a holding</c>, <c>needs review</c> ...</summary>
    public static string Of(RowState state) => Code(state).Replace('-', ' ');

    /// <summary>The basis as a code: <c>named</c>, <c>parent-of-named</c>, <c>subsidiary-of-named</c>.</summary>
    public static string Code(Basis basis) => basis switch
    {
        Basis.Named => "named",
        Basis.ParentOfNamed => "parent-of-named",
        _ => "subsidiary-of-named",
    };

    /// <summary>A company's state in the scheme view, in words that say what it means.</summary>
    public static string OfCompanyState(RowState state) => state switch
    {
        RowState.Matched => "matched (named by a source)",
        RowState.Related => "related (parent or subsidiary of a named entity)",
        _ => Of(state),
    };

    public static string Of(Basis basis) => basis switch
    {
        Basis.Named => "named by a source",
        Basis.ParentOfNamed => "parent of a named entity",
        _ => "subsidiary of a named entity",
    };

    public static string Of(SubjectRelation relation) => relation switch
    {
        SubjectRelation.Self => "the company itself",
        SubjectRelation.Subsidiary => "a subsidiary of this company",
        SubjectRelation.Parent => "the parent of this company",
        _ => "an affiliate of this company",
    };

    /// <summary>A change between snapshots as a code: <c>added</c>, <c>removed</c>, <c>up</c>, <c>down</c>.</summary>
    public static string Code(HoldingChange change) => change.ToString().ToLowerInvariant();

    public static string Of(FundValueBasis basis) => basis switch
    {
        FundValueBasis.StatedNetAssets => "stated net assets",
        FundValueBasis.SumOfRowsStatedNotPositive => "sum of rows (the file states net assets of zero or less, which cannot be the base of weights)",
        FundValueBasis.ConstituentWeights => "constituent weights",
        _ => "sum of rows",
    };

    /// <summary>The basis as a code: <c>stated-net-assets</c>, <c>sum-of-rows</c>, <c>sum-of-rows-stated-not-positive</c>, <c>constituent-weights</c>.</summary>
    public static string Code(FundValueBasis basis) => basis switch
    {
        FundValueBasis.StatedNetAssets => "stated-net-assets",
        FundValueBasis.SumOfRowsStatedNotPositive => "sum-of-rows-stated-not-positive",
        FundValueBasis.ConstituentWeights => "constituent-weights",
        _ => "sum-of-rows",
    };

    /// <summary>One feature compared: <c>feature: 'holding value' vs 'list value' (score) note</c>.</summary>
    public static string Of(Evidence e) => string.Create(CultureInfo.InvariantCulture, $"{e.Feature}: '{e.HoldingValue}' vs '{e.ReferenceValue}' ({e.Score:0.###}) {e.Note}");
}
