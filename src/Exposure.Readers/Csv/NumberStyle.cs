namespace Exposure.Readers.Csv;

/// <summary>
/// How the numbers of a file not separated by semicolons are written, as the look-ahead over its first rows found them
/// (<see cref="NumberStyleSample"/>): the first value written with a decimal point, the first with a decimal comma, the first
/// that could be either (<c>250.000</c>, <c>1,500</c>), each null when none was seen.
/// </summary>
/// <remarks>
/// Decimal commas only: the file's numbers are read with decimal commas, <c>250.000</c> as 250,000. Decimal points only,
/// or no value that could be read either way: as <c>1,234.56</c>, as every such file was read before. Both, or values
/// that could be either and nothing to tell which: a value that could be either is not read (it is unknown, with the reason),
/// and the file's note says why; a value whose form leaves no doubt is read as written.
/// </remarks>
internal sealed record NumberStyle(NumberExample? Point, NumberExample? Comma, NumberExample? Either)
{
    /// <summary>A file with no number in its rows: read as <c>1,234.56</c>.</summary>
    public static NumberStyle None { get; } = new(null, null, null);

    /// <summary>Only decimal commas were seen.</summary>
    public bool DecimalComma => Comma is not null && Point is null;

    /// <summary>Both decimal points and decimal commas were seen.</summary>
    public bool Mixed => Comma is not null && Point is not null;

    /// <summary>A value that could be read either way is not read: the file shows both styles, or neither beside such values.</summary>
    public bool RefusesEither => Mixed || (Point is null && Comma is null && Either is not null);

    /// <summary>What the note on how the file was read says of its numbers; empty when they were read as <c>1,234.56</c> without doubt.</summary>
    public string Description =>
        DecimalComma ? $", numbers read with decimal commas ({Comma})"
        : Mixed ? $", numbers written both with decimal points ({Point}) and with decimal commas ({Comma}): " +
                  "a number that could be read either way (1.500, 250,000) is unknown"
        : RefusesEither ? $", numbers that could be read with a decimal point or a decimal comma ({Either}) are unknown: " +
                          "no other number in the file tells which it writes"
        : "";
}
