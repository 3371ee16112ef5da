using Exposure.Reports.Pdf.Fonts;

namespace Exposure.Reports.Pdf.Tests;

internal static class TestFonts
{
    private static readonly Lazy<FontSet> Shared = new(() => FontSet.Discover());

    public static FontSet Set => Shared.Value;

    public static FontCatalog Catalog => Set.Catalog;
}
