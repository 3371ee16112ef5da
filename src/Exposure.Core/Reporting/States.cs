using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Core.Reference;

namespace Exposure.Core.Reporting;

public static class States
{
    /// <summary>The state a screened holding ends in: a match to a named company is <c>matched</c>, to a parent or subsidiary of one <c>related</c>.</summary>
    public static RowState Of(MatchResult match) => match.Outcome switch
    {
        MatchOutcome.Match => match.Company!.Basis == Basis.Named ? RowState.Matched : RowState.Related,
        MatchOutcome.NeedsReview => RowState.NeedsReview,
        _ => RowState.Unmatched,
    };
}
