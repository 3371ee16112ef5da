namespace Exposure.Readers;

/// <summary>
/// The labels of a preamble line stating the holdings' date, as files word them: iShares' "Fund Holdings as of", "As of",
/// and the UK and European custodians' "As at", "Valuation date", "Valuation as at", "Position date".
/// </summary>
internal static class AsOfLabels
{
    /// <summary>Labels a line may begin with, the longest first, lower case.</summary>
    private static readonly string[] Leads =
        ["valuation as of", "valuation as at", "valuation date", "position date", "as of date", "as at date", "as of", "as at"];

    /// <summary>
    /// The label a field begins with and the text after it, a colon after the label skipped: "As at 30/09/2026" gives
    /// ("As at", "30/09/2026"), "Valuation date: 30-Sep-2026" ("Valuation date", "30-Sep-2026"); null when it begins with
    /// none, or nothing follows it.
    /// </summary>
    public static (string Label, string Date)? Split(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        foreach (var lead in Leads)
        {
            if (!field.StartsWith(lead, StringComparison.OrdinalIgnoreCase) || field.Length == lead.Length || field[lead.Length] is not (' ' or ':')) continue;
            var rest = field[lead.Length..].TrimStart(':', ' ').Trim();
            return rest.Length == 0 ? null : (field[..lead.Length], rest);
        }
        return null;
    }

    /// <summary>True for a label (lower case, its colon dropped) that names the holdings' date, with the date in the next field.</summary>
    public static bool IsDateLabel(string label) =>
        label.Contains("holdings as of", StringComparison.Ordinal) || label.Contains("holdings as at", StringComparison.Ordinal)
        || label == "date" || Leads.Contains(label, StringComparer.Ordinal);
}
