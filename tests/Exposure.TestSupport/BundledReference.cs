using Exposure.Core.Reference;
using Exposure.Readers.Reference;

namespace Exposure.TestSupport;

/// <summary>The reference list shipped in reference-data/, loaded once for all tests.</summary>
public static class BundledReference
{
    private static readonly Lazy<ReferenceData> Data = new(() => ReferenceDataLoader.Load(RepoPaths.ReferenceData));

    public static ReferenceData Value => Data.Value;
}
