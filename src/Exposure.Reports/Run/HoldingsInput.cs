namespace Exposure.Reports.Run;

/// <param name="Path">Where to read the file.</param>
/// <param name="DisplayName">How messages and reports name it (the path as the user gave it).</param>
public sealed record HoldingsInput(string Path, string DisplayName);
