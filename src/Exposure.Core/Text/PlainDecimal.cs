using System.Globalization;
using System.Numerics;

namespace Exposure.Core.Text;

/// <summary>
/// A decimal in the one form every CSV file writes: the invariant culture, a point before any decimals, no trailing
/// zeros ("250", never "250.000", which a reader used to decimal commas takes for 250,000), and no sign on zero. The
/// same text as the custom format <c>0.############################</c>, made from the decimal's general form and
/// trimmed: the custom format's general number formatter costs several times more, on a line of every holding.
/// </summary>
public static class PlainDecimal
{
    /// <summary>The longest text a decimal takes: a sign, 29 digits and a point.</summary>
    public const int MaxLength = 31;

    /// <summary>Writes the value as ASCII bytes; false where <paramref name="destination"/> is too short.</summary>
    public static bool TryFormat(decimal value, Span<byte> destination, out int written)
    {
        if (!value.TryFormat(destination, out written, default, CultureInfo.InvariantCulture)) return false;
        written = Trim(destination[..written]);
        return true;
    }

    /// <summary>The value's text.</summary>
    public static string Format(decimal value)
    {
        Span<char> text = stackalloc char[MaxLength + 8];
        value.TryFormat(text, out var written, default, CultureInfo.InvariantCulture);
        return new string(text[..Trim(text[..written])]);
    }

    /// <summary>The length of <paramref name="text"/> once trailing decimal zeros, a bare point and the sign of zero go.</summary>
    private static int Trim<T>(Span<T> text) where T : unmanaged, IBinaryInteger<T>
    {
        T zero = T.CreateTruncating('0'), point = T.CreateTruncating('.'), minus = T.CreateTruncating('-');
        var length = text.Length;
        if (text.IndexOf(point) >= 0)
        {
            while (text[length - 1] == zero) length--;
            if (text[length - 1] == point) length--;
        }
        // "-0" (a negative zero): the custom format writes "0".
        if (length == 2 && text[0] == minus && text[1] == zero)
        {
            text[0] = zero;
            length = 1;
        }
        return length;
    }
}
