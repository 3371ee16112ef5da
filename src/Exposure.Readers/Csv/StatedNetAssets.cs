using System.Globalization;

namespace Exposure.Readers.Csv;

/// <summary>
/// The net assets a preamble line states (<c>Net Assets,"$1,000,000.00"</c>), read as a row's market value is read: with
/// a currency beside it, in thousands or billions, or with a decimal comma. The line's label may give the currency and the
/// unit (<c>Net Assets (USD mn)</c>, <c>Fund size (EUR '000)</c>). A value that cannot be read is not used, and the line
/// says why, so that the fund value is not silently the sum of the rows.
/// </summary>
internal static class StatedNetAssets
{
    /// <summary>Units a label may give its figure in, by the word it writes. A lone <c>m</c> is not among them: files write it for a million and for a thousand.</summary>
    private static readonly Dictionary<string, decimal> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["bn"] = 1_000_000_000m, ["billion"] = 1_000_000_000m, ["billions"] = 1_000_000_000m,
        ["mn"] = 1_000_000m, ["mln"] = 1_000_000m, ["million"] = 1_000_000m, ["millions"] = 1_000_000m,
        ["000"] = 1_000m, ["000s"] = 1_000m, ["thousand"] = 1_000m, ["thousands"] = 1_000m,
    };

    /// <summary>Reads <paramref name="text"/> into <paramref name="netAssets"/> and its currency; returns why it cannot be read, or null (also when the line states none).</summary>
    /// <param name="text">The value as the line gives it; null when the line gives none.</param>
    /// <param name="label">The line's label as the file writes it (<c>Net Assets</c>), for the message, its currency and its unit.</param>
    public static string? Read(string? text, string label, HoldingRecords.NumberParse parse, ref decimal? netAssets, ref string? currency)
    {
        if (text is null) return null;
        var reading = NumberReading.Money(text, parse, () => label);
        if (!reading.Read) return $"{reading.Problem}; the stated net assets are not used for the fund value";
        return reading.Value is { } value ? Apply(value, reading.Currency, text, label, ref netAssets, ref currency) : null;
    }

    /// <summary>Takes a number a cell gives (a workbook's number cell) as the net assets, in the unit and currency its label gives; returns why not, or null.</summary>
    public static string? FromNumber(decimal value, string label, ref decimal? netAssets, ref string? currency) =>
        Apply(value, null, value.ToString(CultureInfo.InvariantCulture), label, ref netAssets, ref currency);

    /// <summary>The net assets a value read from the line makes, in the unit its label gives, with the currency of the value or else of the label.</summary>
    /// <param name="own">The currency written with the value, if any.</param>
    /// <param name="text">The value as written, for messages.</param>
    private static string? Apply(decimal value, string? own, string text, string label, ref decimal? netAssets, ref string? currency)
    {
        var words = label.Split([' ', '(', ')', '[', ']', ',', ':', '\''], StringSplitOptions.RemoveEmptyEntries);
        var labelled = words.Select(w => w.ToUpperInvariant()).FirstOrDefault(w => CurrencyText.IsCode(w));
        if (own is not null && labelled is not null && !string.Equals(own, labelled, StringComparison.OrdinalIgnoreCase))
            return $"{label} '{text}' is in {own}, but the line says {labelled}; the stated net assets are not used for the fund value";
        var factor = words.Select(w => Units.TryGetValue(w, out var f) ? f : 1m).Aggregate(1m, (a, f) => Math.Max(a, f));
        // Read values are within ±10^18 and units at most 10^9: the product is within decimal's range, and checked against the input limit.
        if (!InputLimits.InRange(value * factor)) return $"{InputLimits.OutOfRange(label, text)}; the stated net assets are not used for the fund value";
        netAssets = value * factor;
        currency = own ?? labelled;
        return null;
    }
}
