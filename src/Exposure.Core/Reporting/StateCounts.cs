using Exposure.Core.Holdings;

namespace Exposure.Core.Reporting;

/// <summary>Physical lines of input by the state they ended in. A record spanning several lines counts each of them.</summary>
public sealed record StateCounts(int NotAHolding, int Rejected, int Excluded, int Unmatched, int Matched, int Related, int NeedsReview, int LookedThrough = 0)
{
    public static readonly StateCounts Zero = new(0, 0, 0, 0, 0, 0, 0);

    public int Total => NotAHolding + Rejected + Excluded + Unmatched + Matched + Related + NeedsReview + LookedThrough;

    public int Of(RowState state) => state switch
    {
        RowState.NotAHolding => NotAHolding,
        RowState.Rejected => Rejected,
        RowState.Excluded => Excluded,
        RowState.Unmatched => Unmatched,
        RowState.Matched => Matched,
        RowState.Related => Related,
        RowState.NeedsReview => NeedsReview,
        RowState.LookedThrough => LookedThrough,
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    public StateCounts Add(RowState state, int lines) => state switch
    {
        RowState.NotAHolding => this with { NotAHolding = NotAHolding + lines },
        RowState.Rejected => this with { Rejected = Rejected + lines },
        RowState.Excluded => this with { Excluded = Excluded + lines },
        RowState.Unmatched => this with { Unmatched = Unmatched + lines },
        RowState.Matched => this with { Matched = Matched + lines },
        RowState.Related => this with { Related = Related + lines },
        RowState.NeedsReview => this with { NeedsReview = NeedsReview + lines },
        RowState.LookedThrough => this with { LookedThrough = LookedThrough + lines },
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    public StateCounts Minus(StateCounts o) => new(
        NotAHolding - o.NotAHolding, Rejected - o.Rejected, Excluded - o.Excluded, Unmatched - o.Unmatched,
        Matched - o.Matched, Related - o.Related, NeedsReview - o.NeedsReview, LookedThrough - o.LookedThrough);

    public StateCounts Plus(StateCounts o) => new(
        NotAHolding + o.NotAHolding, Rejected + o.Rejected, Excluded + o.Excluded, Unmatched + o.Unmatched,
        Matched + o.Matched, Related + o.Related, NeedsReview + o.NeedsReview, LookedThrough + o.LookedThrough);
}
