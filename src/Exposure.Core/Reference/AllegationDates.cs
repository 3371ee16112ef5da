using System.Globalization;

namespace Exposure.Core.Reference;

/// <summary>
/// Allegation dates as lists give them: a day (<c>2024-08-09</c>), a month (<c>2024-08</c>) or a year (<c>2024</c>).
/// A date is compared at the precision it is given: <c>2024-08</c> is after 2024-07-31 and not after 2024-08-15.
/// </summary>
public static class AllegationDates
{
    /// <summary>The date's start and its precision, or null when it is not a date in one of the three forms.</summary>
    public static (DateOnly Start, DatePrecision Precision)? Parse(string? date)
    {
        var text = date?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return (day, DatePrecision.Day);
        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) && text.Length == 7)
            return (month, DatePrecision.Month);
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2999)
            return (new DateOnly(year, 1, 1), DatePrecision.Year);
        return null;
    }

    /// <summary>True when the date, at its precision, falls after <paramref name="day"/>; false when it does not, or is not a date.</summary>
    public static bool IsAfter(string? date, DateOnly day) => Parse(date) switch
    {
        null => false,
        (var d, DatePrecision.Day) => d > day,
        (var d, DatePrecision.Month) => (d.Year, d.Month).CompareTo((day.Year, day.Month)) > 0,
        (var d, _) => d.Year > day.Year,
    };
}

public enum DatePrecision
{
    Day,
    Month,
    Year,
}
