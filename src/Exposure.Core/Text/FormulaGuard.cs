namespace Exposure.Core.Text;

/// <summary>
/// Text from input files that a spreadsheet would read as a formula (it starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>,
/// tab or carriage return) must stay text in every export.
/// </summary>
public static class FormulaGuard
{
    public static bool NeedsProtection(string? text) =>
        !string.IsNullOrEmpty(text) && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>
    /// For CSV: a leading apostrophe, which spreadsheets show as text and never evaluate. Text already starting with an
    /// apostrophe gets one more, so that <see cref="FromCsv"/> restores every text exactly.
    /// </summary>
    public static string? ForCsv(string? text) => NeedsProtection(text) || text?.StartsWith('\'') == true ? "'" + text : text;

    /// <summary>The text as it was before <see cref="ForCsv"/>.</summary>
    public static string? FromCsv(string? text) => text?.StartsWith('\'') == true ? text[1..] : text;
}
