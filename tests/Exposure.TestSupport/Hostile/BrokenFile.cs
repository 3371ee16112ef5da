namespace Exposure.TestSupport.Hostile;

/// <summary>A file to break, chosen by number from a reader's seed files, and the changes made to it in order.</summary>
/// <param name="Seed">Which seed file (taken modulo their number).</param>
/// <param name="Part">Which part of a many-part input is broken (a table of a data set, a file of a list, a part of a workbook).</param>
public sealed record BrokenFile(int Seed, int Part, IReadOnlyList<Mutation> Mutations)
{
    public byte[] Apply(byte[] bytes) => Mutations.Aggregate(bytes, (b, m) => m.Apply(b));

    public override string ToString() => $"seed {Seed}, part {Part}: {string.Join("; ", Mutations)}";
}
