using System.Globalization;
using Exposure.Core.Text;

namespace Exposure.Lists.Import;

/// <summary>
/// The dates of a list a person writes (a spreadsheet, a CSV file typed from a page), read as the holdings readers read a
/// stated date: a date whose form leaves no doubt is read (2024-05-31, 31 May 2024, 21/06/2022, a spreadsheet's date
/// cell); one written with slashes whose day and month could be swapped (01/10/2026) is read in the order the file's
/// other dates show (6/21/2022: month first), and is left unknown when they show none, or show both.
/// </summary>
internal sealed class WrittenDates
{
    private bool _dayFirst;
    private bool _monthFirst;

    /// <summary>Notes the order <paramref name="text"/> shows, if it shows one.</summary>
    public void See(string? text)
    {
        if (text is null) return;
        switch (SlashDates.Shows(text))
        {
            case SlashDates.Order.DayFirst: _dayFirst = true; break;
            case SlashDates.Order.MonthFirst: _monthFirst = true; break;
        }
    }

    /// <summary>The order the dates seen show: one, or none when they show none or both.</summary>
    public SlashDates.Order Order => _dayFirst == _monthFirst ? SlashDates.Order.Unknown : _dayFirst ? SlashDates.Order.DayFirst : SlashDates.Order.MonthFirst;

    /// <summary>
    /// <paramref name="text"/> as <c>YYYY-MM-DD</c> (or <c>YYYY-MM</c>, <c>YYYY</c>), or null: then <paramref name="doubt"/> says
    /// why when the date could be two days ("could be 2026-01-10 (month first) or 2026-10-01 (day first), and no other date
    /// in the file shows which"), and is null when the text is not a date read here.
    /// </summary>
    public string? Read(string? text, out string? doubt)
    {
        doubt = null;
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        if (SlashDates.Parts(t) is not null)
        {
            if (SlashDates.Read(t, Order) is { } day) return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (SlashDates.Ambiguous(t) is { } two)
                doubt = $"could be {two}, and {(_dayFirst && _monthFirst ? "the file's other dates are written in both orders" : "no other date in the file shows which")}";
            return null;
        }
        if (t.Contains('/'))
            return DateTime.TryParseExact(t, "yyyy/M/d", CultureInfo.InvariantCulture, DateTimeStyles.None, out var ymd)
                ? ymd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : null;
        return ListText.Date(t);
    }
}
