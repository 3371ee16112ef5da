using System.Globalization;
using System.Text;
using Exposure.Core.Text;

namespace Exposure.Reports.Html.Markup;

/// <summary>
/// Marks the language of names written in other scripts, so browsers pick the right glyphs and screen readers the right
/// voice: runs of Chinese characters get <c>lang="zh-Hant"</c> when the name uses a traditional form and
/// <c>lang="zh-Hans"</c> otherwise; runs in Arabic script are isolated in a <c>bdi</c> with <c>dir="rtl"</c>, as Uyghur
/// (<c>lang="ug"</c>) when they use letters of the Uyghur alphabet. Latin text is written as it is.
/// </summary>
internal static class ScriptRuns
{
    private enum Kind
    {
        Other,
        Han,
        Arabic,
        Neutral,
    }

    /// <summary>The language of a name's Chinese characters: <c>zh-Hant</c> when any is a traditional form, else <c>zh-Hans</c>.</summary>
    public static string ChineseLanguage(string text) =>
        text.Any(c => ChineseScript.ToSimplified(c) != c) ? "zh-Hant" : "zh-Hans";

    /// <summary>The language of text in Arabic script: <c>ug</c> when it uses letters only the Uyghur alphabet has, else undetermined.</summary>
    public static string ArabicLanguage(string text) =>
        text.Any(c => c is '\u06C6' or '\u06C8' or '\u06D0' or '\u06D5' or '\u06AD' or '\u06CB') ? "ug" : "und-Arab";

    /// <summary>Writes <paramref name="text"/>, wrapping its Chinese and Arabic-script runs in elements that carry their language and direction.</summary>
    public static void Write(HtmlWriter writer, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var chinese = ChineseLanguage(text);
        var arabic = ArabicLanguage(text);
        foreach (var (kind, run) in Runs(text))
        {
            switch (kind)
            {
                case Kind.Han:
                    writer.Element("span", run, ("lang", chinese));
                    break;
                case Kind.Arabic:
                    writer.Element("bdi", run, ("lang", arabic), ("dir", "rtl"));
                    break;
                default:
                    writer.Text(run);
                    break;
            }
        }
    }

    /// <summary>True when the text has a Chinese or Arabic-script character.</summary>
    public static bool HasOtherScript(string? text) =>
        text is not null && Runs(text).Any(r => r.Kind is Kind.Han or Kind.Arabic);

    /// <summary>Splits text into runs of one script; spaces and punctuation between two runs of the same script belong to them.</summary>
    private static List<(Kind Kind, string Text)> Runs(string text)
    {
        var pieces = new List<(Kind Kind, string Text)>();
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            var element = e.GetTextElement();
            pieces.Add((Classify(element), element));
        }

        // Neutral pieces take the script of the runs on both sides when they agree, else count as other text.
        for (var i = 0; i < pieces.Count; i++)
        {
            if (pieces[i].Kind != Kind.Neutral)
            {
                continue;
            }

            var j = i;
            while (j < pieces.Count && pieces[j].Kind == Kind.Neutral)
            {
                j++;
            }

            var before = i > 0 ? pieces[i - 1].Kind : Kind.Other;
            var after = j < pieces.Count ? pieces[j].Kind : Kind.Other;
            var kind = before == after && before is Kind.Han or Kind.Arabic ? before : Kind.Other;
            for (var k = i; k < j; k++)
            {
                pieces[k] = (kind, pieces[k].Text);
            }

            i = j - 1;
        }

        var runs = new List<(Kind Kind, string Text)>();
        var sb = new StringBuilder();
        var current = Kind.Other;
        foreach (var (kind, piece) in pieces)
        {
            if (kind != current && sb.Length > 0)
            {
                runs.Add((current, sb.ToString()));
                sb.Clear();
            }

            current = kind;
            sb.Append(piece);
        }

        if (sb.Length > 0)
        {
            runs.Add((current, sb.ToString()));
        }

        return runs;
    }

    private static Kind Classify(string element)
    {
        var cp = char.ConvertToUtf32(element, 0);
        if (cp is >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x3FFFF
            or >= 0x3000 and <= 0x303F or >= 0xFF00 and <= 0xFF60)
        {
            return Kind.Han;
        }

        if (cp is >= 0x0600 and <= 0x06FF or >= 0x0750 and <= 0x077F or >= 0xFB50 and <= 0xFDFF or >= 0xFE70 and <= 0xFEFF)
        {
            return Kind.Arabic;
        }

        return char.IsLetter(element, 0) ? Kind.Other : Kind.Neutral;
    }
}
