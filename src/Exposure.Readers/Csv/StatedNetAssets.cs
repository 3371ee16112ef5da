namespace Exposure.Readers.Csv;

/// <summary>
/// The net assets a preamble line states (<c>Net Assets,"$1,000,000.00"</c>), read as a row's market value is read: with
/// a currency beside it, in thousands or billions, or with a decimal comma. A value that cannot be read is not used, and
/// the line says why, so that the fund value is not silently the sum of the rows.
/// </summary>
internal static class StatedNetAssets
{
    /// <summary>Reads <paramref name="text"/> into <paramref name="netAssets"/>; returns why it cannot be read, or null (also when the line states none).</summary>
    /// <param name="text">The value as the line gives it; null when the line gives none.</param>
    /// <param name="label">The line's label as the file writes it (<c>Net Assets</c>), for the message.</param>
    public static string? Read(string? text, string label, HoldingRecords.NumberParse parse, ref decimal? netAssets)
    {
        if (text is null) return null;
        var reading = NumberReading.Money(text, parse, () => label);
        if (!reading.Read) return $"{reading.Problem}; the stated net assets are not used for the fund value";
        if (reading.Value is { } value) netAssets = value;
        return null;
    }
}
