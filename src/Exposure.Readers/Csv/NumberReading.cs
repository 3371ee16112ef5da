using System.Globalization;
using System.Text.RegularExpressions;

namespace Exposure.Readers.Csv;

/// <summary>
/// Reads a number a file's own format could not: one written the other way round whose form leaves no doubt
/// (<c>1.250.000,00</c>, <c>1.250,5</c>, <c>4,15</c>: a decimal comma; <c>1,250,000.00</c> in a file of decimal commas), a
/// value with its currency (<c>£830,000.00</c>, <c>830,000.00 GBP</c>, <c>HK$1,000</c>), and a value in thousands or
/// billions (<c>640k</c>, <c>1.2bn</c>, <c>3.5mn</c>). A lone <c>m</c> (<c>640m</c>) is not read: files write it for a
/// million and, in some trades, for a thousand; such a value stays unknown rather than be read a thousand times wrong.
/// A number with one separator followed by three digits (<c>1,250</c>, <c>1.250</c>) is read as the file's format says;
/// where the file does not say (<see cref="NumberStyle"/>), it is not read, and the reason names both readings.
/// </summary>
internal static partial class NumberReading
{
    /// <summary>How a value reads: its number (null when the field means empty), the currency its text names, or why it cannot be read.</summary>
    public readonly record struct Reading(decimal? Value, string? Currency, string? Problem)
    {
        public bool Read => Problem is null;
    }

    /// <summary>A market value or price: the file's format first, then a currency beside it, a multiplier, an unambiguous other format.</summary>
    public static Reading Money(string? text, HoldingRecords.NumberParse parse, Func<string> header) =>
        InRange(ReadMoney(text, parse, header), text, header);

    /// <summary>A weight, quantity or other number: the file's format first, then an unambiguous other format.</summary>
    public static Reading Number(string? text, HoldingRecords.NumberParse parse, Func<string> header) =>
        InRange(ReadNumber(text, parse, header), text, header);

    /// <summary>A number read past <see cref="InputLimits.MaxNumber"/> is not read: the value is unknown, with the reason.</summary>
    private static Reading InRange(Reading reading, string? text, Func<string> header) =>
        reading.Read && !InputLimits.InRange(reading.Value) ? new(null, reading.Currency, InputLimits.OutOfRange(header(), text ?? "")) : reading;

    private static Reading ReadMoney(string? text, HoldingRecords.NumberParse parse, Func<string> header)
    {
        if (parse(text, out var direct)) return new(direct, null, null);
        var s = text!.Trim();
        string? currency = null;
        if (CurrencyText.TryStrip(s, out var rest, out var code))
        {
            s = rest;
            currency = code;
            if (parse(s, out var withCurrency) && withCurrency is not null) return new(withCurrency, currency, null);
        }

        var (body, negative) = Sign(s);
        var factor = 1m;
        var suffix = SuffixPattern().Match(body);
        if (suffix.Success)
        {
            var word = suffix.Groups["suffix"].Value.ToLowerInvariant();
            if (word is "m" or "mm")
                return new(null, currency, $"{header()} '{Shorten(text)}' ends in '{suffix.Groups["suffix"].Value}', which files write for a million and for a thousand: not read");
            factor = word switch { "k" => 1_000m, "mn" => 1_000_000m, _ => 1_000_000_000m };
            body = suffix.Groups["number"].Value;
        }
        if ((parse(body, out var plain) && plain is { } p ? p : Unambiguous(body)) is { } number)
        {
            try
            {
                return new((negative ? -number : number) * factor, currency, null);
            }
            catch (OverflowException)
            {
                return new(null, currency, $"{header()} '{Shorten(text)}' is too large a number");
            }
        }
        return new(null, currency, NotANumber(text, body, header));
    }

    private static Reading ReadNumber(string? text, HoldingRecords.NumberParse parse, Func<string> header)
    {
        if (parse(text, out var direct)) return new(direct, null, null);
        var (body, negative) = Sign(text!.Trim());
        if (body.EndsWith('%')) body = body[..^1].TrimEnd();
        return Unambiguous(body) is { } number
            ? new(negative ? -number : number, null, null)
            : new(null, null, NotANumber(text, body, header));
    }

    /// <summary>
    /// Why a value is not read: it is no number, or it could be read with a decimal point or with a decimal comma
    /// (<c>1.500</c>: 1.5 or 1,500) and the file's format did not read it, as the file does not tell which (<see cref="NumberStyle"/>).
    /// </summary>
    private static string NotANumber(string? text, string body, Func<string> header)
    {
        if (NumberForms.Of(body) == NumberForm.Either
            && decimal.TryParse(body.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var point)
            && decimal.TryParse(body.Replace(".", "", StringComparison.Ordinal).Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var comma))
        {
            var readings = string.Create(CultureInfo.InvariantCulture,
                $"{point:#,##0.##########} (read with a decimal point) or {comma:#,##0.##########} (read with a decimal comma)");
            return $"{header()} '{Shorten(text)}' could be {readings}, and the file's numbers do not tell which: not read";
        }
        return $"{header()} '{Shorten(text)}' is not a number";
    }

    /// <summary>
    /// A number whose form says which separator is the decimal one: several points and a comma after them (or none),
    /// <c>1.250.000,00</c>; a point and then a comma, <c>1.250,5</c>; a lone comma not followed by exactly three digits,
    /// <c>4,15</c>; and the English forms with several commas or a comma then a point, <c>1,250,000.00</c>.
    /// </summary>
    internal static decimal? Unambiguous(string text)
    {
        var s = text.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal).Replace("\u202F", "", StringComparison.Ordinal);
        string? invariant = null;
        if (DecimalCommaPattern().IsMatch(s) && (s.Count(c => c == '.') > 1 || s.Contains(',', StringComparison.Ordinal)))
            invariant = s.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        else if (LoneCommaPattern().Match(s) is { Success: true } lone && lone.Groups["decimals"].Value.Length != 3)
            invariant = s.Replace(',', '.');
        else if (DecimalPointPattern().IsMatch(s) && (s.Count(c => c == ',') > 1 || s.Contains('.', StringComparison.Ordinal)))
            invariant = s.Replace(",", "", StringComparison.Ordinal);
        return invariant is not null && decimal.TryParse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
            ? d
            : null;
    }

    /// <summary>
    /// The number without its one sign: a leading <c>-</c> or <c>+</c>, or parentheses. A second sign (<c>--500</c>,
    /// <c>-(500)</c>, <c>(-500)</c>) leaves a body that reads as no number, so such a value is not read rather than read
    /// with its sign flipped.
    /// </summary>
    private static (string Body, bool Negative) Sign(string s)
    {
        var (body, negative) =
            s.StartsWith('(') && s.EndsWith(')') ? (s[1..^1].Trim(), true)
            : s.StartsWith('-') ? (s[1..].Trim(), true)
            : s.StartsWith('+') ? (s[1..].Trim(), false)
            : (s, false);
        return body.Length > 0 && body[0] is '-' or '+' or '(' or '−' ? ("", negative) : (body, negative);
    }

    private static string Shorten(string? s) => s is null ? "" : HoldingRecords.Shorten(s);

    [GeneratedRegex(@"^(?<number>[0-9][0-9.,\s\u00A0]*?)\s*(?<suffix>k|K|mn|MN|Mn|bn|BN|Bn|m|M|mm|MM)$")]
    private static partial Regex SuffixPattern();

    /// <summary><c>1.250.000,00</c>, <c>1.250,5</c>, <c>1.250.000</c>: points grouping threes, an optional decimal comma.</summary>
    [GeneratedRegex(@"^[0-9]{1,3}(\.[0-9]{3})+(,[0-9]+)?$")]
    private static partial Regex DecimalCommaPattern();

    [GeneratedRegex(@"^[0-9]+,(?<decimals>[0-9]+)$")]
    private static partial Regex LoneCommaPattern();

    /// <summary><c>1,250,000.00</c>, <c>1,250.5</c>: commas grouping threes, an optional decimal point.</summary>
    [GeneratedRegex(@"^[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$")]
    private static partial Regex DecimalPointPattern();
}
