using System.Globalization;

namespace Exposure.Reports.Excel.Writing;

internal static class ColumnWidths
{
    private const double MaxCharacters = 255;
    private const double DigitWidthPixels = 7;
    private const double PaddingPixels = 5;

    public static void Validate(double characters)
    {
        if (!(characters > 0 && characters <= MaxCharacters))
        {
            throw new ArgumentOutOfRangeException(nameof(characters), characters, string.Create(CultureInfo.InvariantCulture, $"A column width is more than 0 and at most {MaxCharacters} characters."));
        }
    }

    /// <summary>The stored width for a number of characters of the default font, cell padding included.</summary>
    public static double ToStoredWidth(double characters) =>
        Math.Truncate(((characters * DigitWidthPixels) + PaddingPixels) / DigitWidthPixels * 256) / 256;
}
