namespace Exposure.Core.Holdings;

/// <summary>
/// A workbook whose other sheets hold holdings too (a header row the reader recognises) beside the one its fund was read
/// from: they are not in the fund's figures, and the report says so.
/// </summary>
/// <param name="Read">The sheet the fund's holdings were read from.</param>
/// <param name="WithHoldings">The other sheets with a holdings header, in the workbook's order.</param>
/// <param name="Hidden">Those of <paramref name="WithHoldings"/> that the workbook hides.</param>
public sealed record OtherSheets(string Read, IReadOnlyList<string> WithHoldings, IReadOnlyList<string> Hidden);
