using System.Text;

namespace Exposure.Reports.Pdf.Fonts;

/// <summary>Splits text into runs by glyph coverage: the main family first, then each fallback family in order.</summary>
public sealed class TextShaper
{
    private readonly FontSet _fonts;

    public TextShaper(FontSet fonts)
    {
        _fonts = fonts;
    }

    /// <summary>True when every visible character of <paramref name="text"/> can be drawn (in the regular style) with a real glyph.</summary>
    public bool CanRender(string text) => FindUnrenderable(text).Count == 0;

    /// <summary>The distinct code points no font can draw, including characters of scripts that need shaping or right-to-left layout.</summary>
    public IReadOnlyList<int> FindUnrenderable(string text, bool bold = false, bool italic = false) =>
        Shape(text, bold, italic)
            .Where(r => !r.IsRenderable)
            .SelectMany(r => r.Text.EnumerateRunes().Select(rune => rune.Value))
            .Distinct()
            .ToList();

    public IReadOnlyList<ShapedRun> Shape(string text, bool bold, bool italic)
    {
        var runs = new List<ShapedRun>();
        var current = new StringBuilder();
        var currentFamily = int.MinValue;
        foreach (var rune in Normalize(text).EnumerateRunes())
        {
            var family = Rune.IsWhiteSpace(rune) ? WhitespaceFamily(rune.Value, currentFamily, bold, italic) : FamilyFor(rune.Value, bold, italic);
            if (family != currentFamily && current.Length > 0)
            {
                runs.Add(new ShapedRun(current.ToString(), currentFamily));
                current.Clear();
            }

            currentFamily = family;
            current.Append(rune.ToString());
        }

        if (current.Length > 0)
        {
            runs.Add(new ShapedRun(current.ToString(), currentFamily));
        }

        return runs;
    }

    /// <summary>Composes characters (NFC), turns tabs into spaces and removes invisible format characters.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (rune.Value == '\t')
            {
                builder.Append(' ');
            }
            else if (!ScriptSupport.IsIgnorable(rune.Value))
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString();
    }

    private int FamilyFor(int codePoint, bool bold, bool italic)
    {
        if (ScriptSupport.IsComplex(codePoint))
        {
            return -1;
        }

        for (var i = 0; i < _fonts.Families.Count; i++)
        {
            if (_fonts.Families[i].Select(bold, italic).Face.HasGlyph(codePoint))
            {
                return i;
            }
        }

        return -1;
    }

    private int WhitespaceFamily(int codePoint, int currentFamily, bool bold, bool italic)
    {
        if (codePoint == '\n')
        {
            return currentFamily >= 0 ? currentFamily : 0;
        }

        if (currentFamily >= 0 && _fonts.Families[currentFamily].Select(bold, italic).Face.HasGlyph(codePoint))
        {
            return currentFamily;
        }

        var family = FamilyFor(codePoint, bold, italic);
        return family >= 0 ? family : FamilyFor(' ', bold, italic);
    }
}
