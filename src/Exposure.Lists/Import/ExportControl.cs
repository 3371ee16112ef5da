namespace Exposure.Lists.Import;

/// <summary>
/// The US export-control lists (Commerce's Entity List, Military End-User List, Unverified List, Denied Persons List;
/// State's ITAR debarred parties): being on one means an export licence is required or refused, not that the entity is
/// sanctioned. Their entries get the category <c>export-control</c>, not <c>sanctioned</c>.
/// </summary>
internal static class ExportControl
{
    private static readonly string[] Lists =
        ["Entity List", "Military End User", "Military End-User", "MEU List", "Unverified List", "Denied Persons", "ITAR Debarred", "Export Control"];

    /// <summary>Whether a list or program name (a CSL <c>source</c>, an OpenSanctions program) is an export-control list.</summary>
    public static bool IsList(string? text) =>
        text is not null && !text.Contains("UFLPA", StringComparison.OrdinalIgnoreCase) && Lists.Any(l => text.Contains(l, StringComparison.OrdinalIgnoreCase));
}
