using System.Globalization;
using Exposure.Core.Text;

namespace Exposure.Readers.Csv;

/// <summary>
/// The as-of date a preamble line states (<c>Fund Holdings as of,"Mar 10, 2022"</c>), read only where its form leaves no
/// doubt. A date that could be two days (<c>10/03/2022</c>) or is in no form read here leaves the date unknown, and the
/// line says why, so that a report is never dated by a guess.
/// </summary>
internal static class StatedAsOf
{
    private static readonly string[] Formats =
    [
        "MMM d, yyyy", "MMM dd, yyyy", "MMMM d, yyyy", "MMM d yyyy", "MMMM d yyyy", "yyyy-MM-dd", "yyyy/MM/dd", "d MMM yyyy", "dd MMM yyyy",
        "d MMMM yyyy", "d-MMM-yyyy", "dd-MMM-yyyy", "d-MMM-yy", "dd-MMM-yy", "MM/dd/yyyy", "M/d/yyyy", "dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy",
        "d.M.yyyy",
    ];

    /// <summary>Reads <paramref name="text"/> into <paramref name="asOf"/>; returns why it cannot be read, or null (also when the line states none).</summary>
    /// <param name="text">The date as the line writes it; null when the line gives none.</param>
    /// <param name="label">The line's label as the file writes it (<c>Fund Holdings as of</c>), for the message.</param>
    public static string? Read(string? text, string label, ref DateOnly? asOf)
    {
        if (text is null) return null;
        if (AmbiguousDate(text) is { } other)
            return $"{label} '{text}' could be {other}: the date is left unknown (give it with --as-of)";
        if (DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var d))
        {
            asOf = DateOnly.FromDateTime(d);
            return null;
        }
        return $"{label} '{text}' is not a date in a form read here (Mar 10, 2022; 2022-03-10; 10.03.2022): the date is left unknown (give it with --as-of)";
    }

    /// <inheritdoc cref="SlashDates.Ambiguous"/>
    public static string? AmbiguousDate(string text) => SlashDates.Ambiguous(text);
}
