using System.Globalization;

namespace Exposure.Readers.Text;

/// <summary>Dates as holdings files write them in a column of their own (a maturity, an expiry).</summary>
internal static class Dates
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "MMM d, yyyy", "MMM dd, yyyy", "MMMM d, yyyy", "d MMM yyyy", "dd MMM yyyy", "dd-MMM-yyyy", "d-MMM-yyyy", "MM/dd/yyyy",
        "M/d/yyyy", "dd.MM.yyyy", "yyyyMMdd", "yyyy/MM/dd",
    ];

    /// <summary>The date, or null when the text is absent or not a date in one of the forms files use.</summary>
    public static DateOnly? Read(string? text) =>
        text is not null && DateTime.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var d)
            ? DateOnly.FromDateTime(d)
            : null;
}
