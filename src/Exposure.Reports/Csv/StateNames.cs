using Exposure.Core.Holdings;

namespace Exposure.Reports.Csv;

public static class StateNames
{
    public static string Of(RowState state) => state switch
    {
        RowState.NotAHolding => "not-a-holding",
        RowState.NeedsReview => "needs-review",
        RowState.LookedThrough => "looked-through",
        _ => state.ToString().ToLowerInvariant(),
    };
}
