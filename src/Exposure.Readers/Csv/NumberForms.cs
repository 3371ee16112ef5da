namespace Exposure.Readers.Csv;

/// <summary>Tells from how a value is written which decimal separator it uses, if its form says so (<see cref="NumberForm"/>).</summary>
internal static class NumberForms
{
    /// <summary>
    /// The form of a value: the digits and separators from its first digit to its last (a sign, currency or <c>%</c>
    /// around them aside). A point and a comma: the last one is the decimal separator. Two or more of one: they group
    /// thousands. One alone is the decimal separator when it is not followed by exactly three digits, or when the digits
    /// before it could not be a group (<c>0.250</c>, <c>1234.567</c>) or spaces or Swiss apostrophes group them
    /// (<c>1'234.567</c>); else it could be either.
    /// </summary>
    public static NumberForm Of(ReadOnlySpan<char> text)
    {
        var first = text.IndexOfAnyInRange('0', '9');
        if (first < 0) return NumberForm.Plain;
        var last = text.LastIndexOfAnyInRange('0', '9');
        if (first > 0 && text[first - 1] is '.' or ',') first--;
        var s = text[first..(last + 1)];

        int points = 0, commas = 0, separator = -1;
        var spaced = false;
        for (var i = 0; i < s.Length; i++)
        {
            switch (s[i])
            {
                case >= '0' and <= '9': break;
                case '.': points++; separator = i; break;
                case ',': commas++; separator = i; break;
                case ' ' or '\u00A0' or '\u202F' or '\'' or '\u2019': spaced = true; break;
                default: return NumberForm.Plain;
            }
        }
        if (separator < 0) return NumberForm.Plain;
        var form = s[separator] == '.' ? NumberForm.DecimalPoint : NumberForm.DecimalComma;
        if (points > 0 && commas > 0) return form;
        if (points > 1) return NumberForm.DecimalComma;
        if (commas > 1) return NumberForm.DecimalPoint;
        var before = separator;
        var after = s.Length - separator - 1;
        return after != 3 || spaced || before is 0 or > 3 || s[0] == '0' ? form : NumberForm.Either;
    }
}
