using Exposure.Core.Reference;
using Exposure.Readers.Reference;
using Exposure.TestSupport;

namespace Exposure.Synthetic.Tests;

/// <summary>A small universe generated once for a test class: 12 files, three of each shape, a few hundred planted rows.</summary>
public sealed class SmallUniverse : IDisposable
{
    public static UniverseOptions Options(int seed = 7, bool bundled = true) => new(
        new ReferenceOptions(RepoPaths.ReferenceData, seed, Companies: 300, Names: 1_200, IncludeBundledCompanies: bundled),
        Rows: 6_000, Distinct: 1_500, RowsPerFile: 500, FlaggedRate: 0.03);

    private readonly TempFolder _temp = new();

    public SmallUniverse()
    {
        Result = SyntheticUniverse.Generate(Options(), _temp.Path);
        Reference = ReferenceDataLoader.Load(Result.ReferenceFolder);
        Manifest = Synthetic.Manifest.Read(Result.ManifestPath);
    }

    public GenerationResult Result { get; }
    public ReferenceData Reference { get; }
    public List<ManifestEntry> Manifest { get; }

    public string PathOf(GeneratedFile file) => System.IO.Path.Combine(Result.HoldingsFolder, file.Name);

    public void Dispose() => _temp.Dispose();
}
