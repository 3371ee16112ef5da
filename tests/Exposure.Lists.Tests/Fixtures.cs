using Exposure.Core.Reference;
using Exposure.Lists.Model;
using Exposure.Readers.Reference;
using Exposure.TestSupport;

namespace Exposure.Lists.Tests;

/// <summary>The hand-made list files under Fixtures/ and the bundled list's exchanges.</summary>
internal static class Fixtures
{
    private static readonly Lazy<ReferenceData> BundledData = new(() => ReferenceDataLoader.Load(RepoPaths.ReferenceData));

    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([RepoPaths.Root, "tests", "Exposure.Lists.Tests", "Fixtures", .. parts]);

    public static ReferenceData Bundled => BundledData.Value;

    public static ExchangeDirectory Exchanges => Bundled.Exchanges;

    public static ImportedList Import(string path, ImportOptions? options = null) =>
        Lists.Import.ListImporter.Import(path, path, options ?? ImportOptions.None, Exchanges);

    public static ListEntry Entry(ImportedList list, string name) =>
        list.Entries.Single(e => e.Name == name);

    /// <summary>The names of an entry's aliases, of any kind.</summary>
    public static IReadOnlyList<string> Names(IEnumerable<ListAlias> aliases) => aliases.Select(a => a.Name).ToList();
}
