namespace Exposure.Core.Holdings;

/// <summary>
/// A section heading of a holdings file that says what the rows below it are (<c>Cash</c>, <c>Derivatives</c>, <c>Futures</c>,
/// <c>Money Market</c>), in a file with no asset-class column: the rows under it are read as of that class
/// (<see cref="AssetClasses.Classify(HoldingRow, bool)"/>) until the next heading.
/// </summary>
/// <param name="Text">The heading as the file writes it.</param>
/// <param name="Line">The line it stands on.</param>
public sealed record SectionHeading(string Text, int Line);
