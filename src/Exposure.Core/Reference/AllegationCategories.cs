namespace Exposure.Core.Reference;

/// <summary>
/// The grounds an allegation row may state (reference-data/README.md): what the source says the company is named for.
/// A list imported from a source that states no ground says <see cref="NotStated"/>.
/// </summary>
public static class AllegationCategories
{
    public const string ForcedLabour = "forced-labour";
    public const string LabourTransfer = "labour-transfer";
    public const string Surveillance = "surveillance";
    public const string InternmentConstruction = "internment-construction";
    public const string Sanctioned = "sanctioned";

    /// <summary>On an export-control list (the US Entity List, the Military End-User or Unverified lists): a licence requirement, not a sanction.</summary>
    public const string ExportControl = "export-control";
    public const string NotStated = "not-stated";

    /// <summary>Every category a list may give, <see cref="NotStated"/> last.</summary>
    public static IReadOnlyList<string> All { get; } = [ForcedLabour, LabourTransfer, Surveillance, InternmentConstruction, Sanctioned, ExportControl, NotStated];

    public static bool IsKnown(string? category) => category is not null && All.Contains(category);

    /// <summary>
    /// The category a spreadsheet cell means: the code itself, or the same words in any case with spaces or underscores
    /// for hyphens and "labor" for "labour" (<c>Forced Labor</c> is <c>forced-labour</c>); null when it is none of them.
    /// </summary>
    public static string? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var code = string.Join('-', text.Trim().ToLowerInvariant().Split([' ', '_', '-'], StringSplitOptions.RemoveEmptyEntries))
            .Replace("labor", "labour", StringComparison.Ordinal);
        return IsKnown(code) ? code : null;
    }
}
