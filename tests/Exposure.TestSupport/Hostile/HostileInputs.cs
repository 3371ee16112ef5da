using FsCheck;
using FsCheck.Fluent;

namespace Exposure.TestSupport.Hostile;

/// <summary>FsCheck generators of broken files: one to three mutations of a seed file, most small, a few large.</summary>
public static class HostileInputs
{
    public static Arbitrary<BrokenFile> BrokenFiles() => Arb.From(BrokenFileGen);

    private static Gen<BrokenFile> BrokenFileGen =>
        from seed in Gen.Choose(0, 1000)
        from part in Gen.Choose(0, 1000)
        from count in Gen.Choose(1, 3)
        from mutations in Gen.ListOf(MutationGen, count)
        select new BrokenFile(seed, part, mutations.ToList());

    private static Gen<Mutation> MutationGen =>
        from kind in Gen.Frequency(
            (6, Gen.Constant(MutationKind.Truncate)),
            (5, Gen.Constant(MutationKind.DuplicateLine)),
            (4, Gen.Constant(MutationKind.DeleteLine)),
            (6, Gen.Constant(MutationKind.InsertQuote)),
            (3, Gen.Constant(MutationKind.InsertComma)),
            (5, Gen.Constant(MutationKind.InsertControlCharacters)),
            (6, Gen.Constant(MutationKind.HugeNumber)),
            (3, Gen.Constant(MutationKind.BinaryJunk)),
            (3, Gen.Constant(MutationKind.DeepNesting)),
            (1, Gen.Constant(MutationKind.LongField)),
            (2, Gen.Constant(MutationKind.LineEndings)))
        from at in Gen.Choose(0, 1_000_000)
        from size in kind switch
        {
            // Deep enough to pass any nesting limit; now and then far deeper, as a hostile file would be.
            MutationKind.DeepNesting => Gen.Frequency((9, Gen.Choose(1, 2_000)), (1, Gen.Constant(200_000))),
            // Past the 1 MiB field limit now and then.
            MutationKind.LongField => Gen.Frequency((3, Gen.Choose(1, 5_000)), (1, Gen.Constant((1 << 20) + 10))),
            _ => Gen.Choose(0, 1_000),
        }
        select new Mutation(kind, at / 1_000_000.0, size);
}
