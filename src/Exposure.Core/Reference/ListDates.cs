using System.Globalization;

namespace Exposure.Core.Reference;

/// <summary>Dates as a list writes them: a day (<c>2024-08-01</c>), a month (<c>2024-08</c>) or a year (<c>2024</c>), each a real one.</summary>
public static class ListDates
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];

    /// <summary>Whether the text is a day, month or year of the calendar written as above (<c>2022-13-45</c> is not).</summary>
    public static bool IsValid(string text) =>
        text.Length is 4 or 7 or 10 &&
        DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
