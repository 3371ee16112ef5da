using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;

namespace Exposure.Reports.Excel.Report;

/// <summary>The words the workbook uses for the model's codes.</summary>
internal static class Words
{
    public static string Of(RowState state) => state switch
    {
        RowState.NotAHolding => "not a holding",
        RowState.NeedsReview => "needs review",
        RowState.LookedThrough => "looked through",
        _ => state.ToString().ToLowerInvariant(),
    };

    public static string Of(Basis basis) => basis switch
    {
        Basis.Named => "named",
        Basis.ParentOfNamed => "parent of named",
        _ => "subsidiary of named",
    };

    public static string Of(SubjectRelation relation) => relation switch
    {
        SubjectRelation.Self => "the company itself",
        SubjectRelation.Subsidiary => "a subsidiary",
        SubjectRelation.Parent => "its parent",
        _ => "an affiliate",
    };

    public static string Of(FundValueBasis basis) => basis == FundValueBasis.StatedNetAssets ? "stated net assets" : "sum of rows";

    public static string Of(Evidence e) => $"{e.Feature}: '{e.HoldingValue}' vs '{e.ReferenceValue}' ({e.Score:0.##}) {e.Note}";
}
