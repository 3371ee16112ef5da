using System.Text.Json.Serialization;

namespace Exposure.Core.Holdings;

/// <summary>
/// A workbook whose other sheets hold holdings too (a header row the reader recognises) beside the one its fund was read
/// from: they are not in the fund's figures, and the report says so.
/// </summary>
/// <param name="Read">The sheet the fund's holdings were read from.</param>
/// <param name="WithHoldings">The other sheets with a holdings header, in the workbook's order.</param>
/// <param name="Hidden">Those of <paramref name="WithHoldings"/> that the workbook hides.</param>
/// <param name="Default">The sheet read when none is named (the first visible one with a holdings header); null when no sheet has one.</param>
public sealed record OtherSheets(string Read, IReadOnlyList<string> WithHoldings, IReadOnlyList<string> Hidden,
    [property: JsonIgnore] string? Default = null)
{
    /// <summary>
    /// Without the sheets other inputs read from the same workbook (by name, in any case; null for the sheet read when
    /// none is named): their holdings are in the figures. Null when no other sheet with holdings is left.
    /// </summary>
    public OtherSheets? Without(IReadOnlyCollection<string?> readElsewhere)
    {
        if (readElsewhere.Count == 0) return this;
        bool Read(string sheet) => readElsewhere.Any(r => r is null
            ? string.Equals(sheet, Default, StringComparison.Ordinal)
            : string.Equals(sheet.Trim(), r.Trim(), StringComparison.OrdinalIgnoreCase));
        var left = WithHoldings.Where(s => !Read(s)).ToList();
        return left.Count == 0 ? null : this with { WithHoldings = left, Hidden = Hidden.Where(left.Contains).ToList() };
    }
}
