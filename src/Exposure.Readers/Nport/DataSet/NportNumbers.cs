namespace Exposure.Readers.Nport.DataSet;

/// <summary>
/// The form of the numbers the data sets write. The SEC writes every amount with twelve decimals
/// (<c>1093750.000000000000</c>); a decimal keeps the scale it was read with, so without this every report of a data set
/// would too. The trailing zeros past the second decimal are dropped, so an amount is written as other inputs' amounts
/// are (<c>1093750.00</c>); the value is never changed: a digit other than zero is kept wherever it is.
/// </summary>
internal static class NportNumbers
{
    /// <summary>Decimals kept even where they are zeros: amounts are written with cents, as in other inputs.</summary>
    private const int MinimumScale = 2;

    public static decimal Plain(decimal value)
    {
        for (var scale = value.Scale; scale > MinimumScale; scale--)
        {
            var shorter = Math.Round(value, scale - 1);
            if (shorter != value) break;
            value = shorter;
        }
        return value;
    }
}
