using Exposure.Core.Reporting;
using Exposure.Lists.Combine;
using Exposure.TestSupport;

namespace Exposure.Lists.Tests.Combine;

/// <summary>A list's date is what the list states; a file's modification date is said to be one.</summary>
public sealed class ListLoaderDateTests
{
    [Fact]
    public void The_bundled_list_s_date_is_its_version_written_as_an_iso_date()
    {
        var bundled = ListLoader.Load(ListLoader.Bundled, RepoPaths.ReferenceData);
        var version = bundled.Data.Version;
        Assert.Matches(@"^\d{4}\.\d{2}\.\d{2}$", version);
        Assert.Equal(version.Replace('.', '-'), bundled.Info.Date);
        Assert.False(bundled.Info.DateIsFileModified);
    }

    [Fact]
    public void An_official_file_that_states_no_date_is_described_by_its_modification_date_as_such()
    {
        var loaded = ListLoader.Load(Fixtures.Path("ofac-cons"), RepoPaths.ReferenceData);
        Assert.True(loaded.Info.DateIsFileModified);
        Assert.EndsWith($", file downloaded or last modified on {loaded.Info.Date} (the list's own date is not stated)", ListFraming.Describe(loaded.Info));
        Assert.DoesNotContain(", dated ", ListFraming.Describe(loaded.Info), StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_that_states_its_date_is_dated()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "dated.csv");
        File.WriteAllText(path, "# source: https://example.org/list\n# date: 2026-10-01\nCompany,Country\nExample Dated Co. Ltd.,China\n");
        var loaded = ListLoader.Load(path, RepoPaths.ReferenceData);
        Assert.Equal(("2026-10-01", false), (loaded.Info.Date, loaded.Info.DateIsFileModified));
        Assert.EndsWith($", dated {loaded.Info.Date}", ListFraming.Describe(loaded.Info));
    }

    [Fact]
    public void A_file_date_is_shown_as_one_and_a_stated_date_bare()
    {
        var loaded = ListLoader.Load(Fixtures.Path("ofac-cons"), RepoPaths.ReferenceData);
        var undated = loaded.Info;
        Assert.Equal($"{undated.Date} (file date)", undated.DateShown);
        // The version reports give the list (reference data version …) says it too, and so does a folder written from it.
        Assert.Equal(undated.DateShown, loaded.Data.Version);
        using (var temp = new TempFolder())
        {
            var folder = Path.Combine(temp.Path, "cons");
            Exposure.Lists.Folder.ListFolderWriter.Write(loaded.Data, undated, loaded.Issues, folder, RepoPaths.ReferenceData);
            var reloaded = ListLoader.Load(folder, RepoPaths.ReferenceData);
            Assert.Equal((undated.Date, true, undated.DateShown), (reloaded.Info.Date, reloaded.Info.DateIsFileModified, reloaded.Data.Version));
        }

        var dated = ListLoader.Load(Fixtures.Path("ofac-cons"), RepoPaths.ReferenceData, Model.ImportOptions.None with { Date = "2026-11-28" }).Info;
        Assert.Equal(("2026-11-28", "2026-11-28"), (dated.Date, dated.DateShown));

        var bundled = ListLoader.Load(ListLoader.Bundled, RepoPaths.ReferenceData).Info;
        Assert.Equal(bundled.Date, bundled.DateShown);
    }
}
