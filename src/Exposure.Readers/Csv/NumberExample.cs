using System.Globalization;

namespace Exposure.Readers.Csv;

/// <summary>A value as the file writes it, and where: what a note on the file's numbers quotes.</summary>
internal sealed record NumberExample(int Line, string Header, string Text)
{
    /// <summary><c>Market Value '1.234,56' on line 5</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Header} '{HoldingRecords.Shorten(Text)}' on line {Line}");
}
