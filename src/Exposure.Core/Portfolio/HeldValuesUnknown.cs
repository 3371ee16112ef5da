using System.Text.Json.Serialization;
using Exposure.Core.Holdings;

namespace Exposure.Core.Portfolio;

/// <summary>
/// Holdings in companies on the list reached through the scheme whose value is unknown (their file gives none, or it could
/// not be read), by state: a figure that counts holdings of that state leaves them out and is a lower bound. Each holding
/// (a row of a fund's file) counts once, however many paths lead to it.
/// </summary>
/// <param name="Named">Holdings in companies named by a source (matched).</param>
/// <param name="Related">Holdings in related companies.</param>
/// <param name="Review">Holdings awaiting a person's review.</param>
public sealed record HeldValuesUnknown(int Named, int Related, int Review)
{
    public static readonly HeldValuesUnknown None = new(0, 0, 0);

    /// <summary>All of them.</summary>
    [JsonIgnore]
    public int Total => Named + Related + Review;

    /// <summary>Those of one state; 0 for a state not counted as held.</summary>
    public int Of(RowState state) => state switch
    {
        RowState.Matched => Named,
        RowState.Related => Related,
        RowState.NeedsReview => Review,
        _ => 0,
    };

    public HeldValuesUnknown Plus(HeldValuesUnknown o) => new(Named + o.Named, Related + o.Related, Review + o.Review);

    /// <summary>One holding of a state.</summary>
    public static HeldValuesUnknown One(RowState state) => state switch
    {
        RowState.Matched => new(1, 0, 0),
        RowState.Related => new(0, 1, 0),
        RowState.NeedsReview => new(0, 0, 1),
        _ => None,
    };

    /// <summary>Null for none, so that the JSON leaves it out.</summary>
    public HeldValuesUnknown? OrNull() => Total == 0 ? null : this;
}
