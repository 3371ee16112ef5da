using System.Globalization;

namespace Exposure.Core.Text;

/// <summary>
/// Dates written with slashes and a four-digit year (<c>10/03/2022</c>): a UK or German spreadsheet writes the day first,
/// a US one the month. A date whose day and month are both 12 or less and differ could be either, and is never guessed;
/// one with a number above 12 shows which is the day.
/// </summary>
public static class SlashDates
{
    /// <summary>The order a file writes the day and the month of its slash dates in, as far as its dates show it.</summary>
    public enum Order
    {
        /// <summary>Not shown: no date in it has a number above 12 before or after the first slash, or its dates show both orders.</summary>
        Unknown,

        /// <summary><c>6/21/2022</c>.</summary>
        MonthFirst,

        /// <summary><c>21/06/2022</c>.</summary>
        DayFirst,
    }

    /// <summary>The two numbers before the year and the year of a date written <c>n/n/yyyy</c>; null for any other text.</summary>
    public static (int First, int Second, int Year)? Parts(string text)
    {
        var parts = text.Trim().Split('/');
        if (parts.Length != 3 || parts[2].Length != 4 || parts[0].Length is < 1 or > 2 || parts[1].Length is < 1 or > 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var a)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var b)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            return null;
        return (a, b, year);
    }

    /// <summary>The order <paramref name="text"/> shows, when it is a slash date with a day above 12 (<c>21/06/2022</c>: day first); else <see cref="Order.Unknown"/>.</summary>
    public static Order Shows(string text) => Parts(text) is not { } p ? Order.Unknown
        : p.First is > 12 and <= 31 && p.Second is >= 1 and <= 12 ? Order.DayFirst
        : p.First is >= 1 and <= 12 && p.Second is > 12 and <= 31 ? Order.MonthFirst
        : Order.Unknown;

    /// <summary>
    /// For a date written d/m/yyyy or m/d/yyyy whose day and month are both 12 or less and differ ("10/03/2022"): the two
    /// dates it could be ("2022-10-03 (month first) or 2022-03-10 (day first)"). Null for any other text.
    /// </summary>
    public static string? Ambiguous(string text)
    {
        if (Parts(text) is not { } p) return null;
        var (a, b, year) = p;
        if (a is < 1 or > 12 || b is < 1 or > 12 || a == b || year is < 1900 or > 2999) return null;
        return string.Create(CultureInfo.InvariantCulture, $"{new DateOnly(year, a, b):yyyy-MM-dd} (month first) or {new DateOnly(year, b, a):yyyy-MM-dd} (day first)");
    }

    /// <summary>
    /// The day a slash date names: read when its numbers leave no doubt (a number above 12, or day and month the same),
    /// or with <paramref name="order"/> when they do; null when it is not a slash date, names no real day, or could be
    /// two days and <paramref name="order"/> is unknown.
    /// </summary>
    public static DateOnly? Read(string text, Order order = Order.Unknown)
    {
        if (Parts(text) is not { } p || p.Year is < 1 or > 9999) return null;
        var (a, b, year) = p;
        var shown = Shows(text);
        var monthFirst = shown == Order.MonthFirst || a == b || (shown == Order.Unknown && order == Order.MonthFirst);
        var dayFirst = shown == Order.DayFirst || (shown == Order.Unknown && a != b && order == Order.DayFirst);
        var (month, day) = monthFirst ? (a, b) : dayFirst ? (b, a) : (0, 0);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }
}
