using Exposure.Core.Holdings;

namespace Exposure.Core.Reporting;

/// <summary>
/// The unmatched and excluded holdings of a run, one line each, in file order. A large run has millions of them, too
/// many to hold in memory: the run keeps them where it wrote them while reading, and renderers read them back.
/// <see cref="None"/> stands for a report built without them (a model read back from JSON, a renderer test).
/// </summary>
public abstract class ScreenedOutRows
{
    public static readonly ScreenedOutRows None = new Held([], [], available: false);

    /// <summary>False when the report was built without its screened-out rows; renderers then leave their lists out.</summary>
    public abstract bool Available { get; }

    public abstract IEnumerable<ScreenedOutLine> Unmatched();

    public abstract IEnumerable<ScreenedOutLine> Excluded();

    /// <summary>
    /// The unmatched (or excluded) rows as records whose text holds only until the next is read: the same values as
    /// <see cref="Unmatched"/> and <see cref="Excluded"/>, without a string per field where the rows are read back.
    /// </summary>
    public virtual IEnumerable<ScreenedOutRecord> Records(RowState state)
    {
        var record = new ScreenedOutRecord.OfLine();
        foreach (var line in state == RowState.Excluded ? Excluded() : Unmatched()) yield return record.Of(line);
    }

    /// <summary>Rows held in memory, for small reports and tests.</summary>
    public static ScreenedOutRows Of(IReadOnlyList<ScreenedOutLine> unmatched, IReadOnlyList<ScreenedOutLine> excluded) =>
        new Held(unmatched, excluded, available: true);

    private sealed class Held(IReadOnlyList<ScreenedOutLine> unmatched, IReadOnlyList<ScreenedOutLine> excluded, bool available) : ScreenedOutRows
    {
        public override bool Available => available;
        public override IEnumerable<ScreenedOutLine> Unmatched() => unmatched;
        public override IEnumerable<ScreenedOutLine> Excluded() => excluded;
    }
}
