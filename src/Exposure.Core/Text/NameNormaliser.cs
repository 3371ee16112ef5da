using System.Text;

namespace Exposure.Core.Text;

/// <summary>
/// Reduces names as holdings files and lists write them to a comparable form: Unicode compatibility
/// folding (full-width to ASCII), upper case, <c>&amp;</c> as <c>AND</c>, punctuation as spaces, share-class
/// and depositary-receipt suffixes (<c>A</c>, <c>H</c>, <c>CLASS B</c>, <c>ADR REPRESENTING ...</c>, <c>REG S</c>)
/// and legal forms (<c>CO</c>, <c>LTD</c>, <c>CORP</c>, <c>GROUP</c>, <c>HOLDINGS</c>, <c>股份有限公司</c> ...) removed,
/// common abbreviations written out (<c>TECH</c>, <c>INTL</c>), plurals made singular, <c>AND</c> dropped, and
/// traditional Chinese characters folded to simplified.
/// </summary>
public static class NameNormaliser
{
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "CO", "COMPANY", "LTD", "LIMITED", "CORP", "CORPORATION", "INC", "INCORPORATED", "PLC", "LLC",
        "GROUP", "HOLDING", "HOLDINGS", "THE",
    };

    /// <summary>
    /// Legal forms that name a group or a holding company. They are removed like the others, but remembered
    /// (<see cref="NormalisedName.Forms"/>): "X Group" is often the parent of the listed "X Co., Ltd.".
    /// </summary>
    private static readonly HashSet<string> GroupWords = new(StringComparer.Ordinal) { "GROUP", "HOLDING", "HOLDINGS" };

    /// <summary>
    /// True when a word, possibly cut at a fixed width, is the start of a legal form, share class or receipt word that
    /// normalising removes (<c>LT</c> of <c>LTD</c>, <c>CORPORATIO</c>), so dropping it loses nothing about the company.
    /// </summary>
    public static bool IsStartOfDroppedWord(string word)
    {
        if (word.Length == 0) return false;
        foreach (var set in (IEnumerable<string>[])[LegalForms, ShareClassSuffixes, DepositaryReceiptWords])
            foreach (var form in set)
                if (form.StartsWith(word, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>True when the name ends in a one-letter share class joined to its last word by a hyphen (<c>TE-A</c>).</summary>
    private static bool EndsInHyphenedClass(string folded)
    {
        var s = folded.AsSpan().TrimEnd();
        return s.Length >= 3 && ShareClassSuffixes.Contains(s[^1..].ToString()) && s[^2] == '-' && char.IsLetterOrDigit(s[^3]);
    }

    /// <summary>The group or holding word a word, possibly cut at a fixed width, is the start of (<c>G</c>, <c>HOLDIN</c>), or none.</summary>
    public static LegalForms GroupWordStartedBy(string word)
    {
        if (word.Length == 0) return Text.LegalForms.None;
        foreach (var form in GroupWords)
            if (form.StartsWith(word, StringComparison.Ordinal)) return FormOf(form) & Text.LegalForms.GroupWords;
        return Text.LegalForms.None;
    }

    private static readonly HashSet<string> ShareClassSuffixes = new(StringComparer.Ordinal)
    {
        "A", "B", "H", "N", "CLASS", "CL", "ORD", "ORDINARY", "SHS", "SHARE", "REG", "S", "UNIT",
        "XSHG", "XSHE", "XHKG", "XTAI", "SH", "SZ", "HK",
    };

    private static readonly HashSet<string> DepositaryReceiptWords = new(StringComparer.Ordinal)
    {
        "ADR", "ADRS", "ADS", "GDR", "GDRS", "SPONSORED", "UNSPONSORED", "REPRESENTING", "REPR",
    };

    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["TECH"] = "TECHNOLOGY", ["TECHS"] = "TECHNOLOGY", ["INTL"] = "INTERNATIONAL", ["INT'L"] = "INTERNATIONAL",
        ["INDL"] = "INDUSTRIAL", ["INDS"] = "INDUSTRY", ["DEV"] = "DEVELOPMENT", ["ELEC"] = "ELECTRIC", ["SCI"] = "SCIENCE",
        ["MFG"] = "MANUFACTURING", ["PHARM"] = "PHARMACEUTICAL", ["PHARMA"] = "PHARMACEUTICAL", ["GRP"] = "GROUP",
        ["HLDG"] = "HOLDING", ["HLDGS"] = "HOLDING", ["INFO"] = "INFORMATION", ["ENGY"] = "ENERGY", ["MATL"] = "MATERIAL",
        ["MATLS"] = "MATERIAL", ["COMM"] = "COMMUNICATION", ["SVCS"] = "SERVICE", ["SYS"] = "SYSTEM", ["NATL"] = "NATIONAL",
    };

    private static readonly string[] CjkLegalSuffixes = ["股份有限公司", "有限责任公司", "有限責任公司", "有限公司", "集团", "集團", "公司"];

    public static NormalisedName Normalise(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return NormalisedName.Empty;
        var folded = name.Normalize(NormalizationForm.FormKC).ToUpperInvariant();

        var sb = new StringBuilder(folded.Length + 8);
        foreach (var c in folded)
        {
            if (c == '&') sb.Append(" AND ");
            else if (c is '\'' or '’' or '`') { }
            else if (IsCjk(c)) sb.Append(ChineseScript.ToSimplified(c));
            else if (char.IsLetterOrDigit(c)) sb.Append(c);
            else sb.Append(' ');
        }

        var tokens = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Word).ToList();
        var written = tokens.Count;
        CutAtDepositaryReceipt(tokens);
        var forms = StripTrailing(tokens);
        // A share class hyphened on to a word (HANGZHOU HIKVISION DIGITAL TE-A, as short names are written) says
        // nothing of where the name itself ended: it may have been cut to make room for it.
        var endsComplete = tokens.Count < written && !EndsInHyphenedClass(folded);
        for (var i = tokens.Count - 1; i >= 1; i--)
        {
            if (!LegalForms.Contains(tokens[i]) && tokens[i] != "AND") continue;
            forms |= FormOf(tokens[i]);
            tokens.RemoveAt(i);
        }
        forms |= StripTrailing(tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            var (stripped, removed) = StripCjkLegalSuffix(tokens[i]);
            tokens[i] = stripped;
            forms |= removed;
        }
        tokens.RemoveAll(t => t.Length == 0);

        var text = string.Join(' ', tokens);
        return new NormalisedName(text, text.Replace(" ", "", StringComparison.Ordinal), endsComplete, forms);
    }

    /// <summary>Letters and digits a name keeps once legal forms are set aside, below which it is not matched on: "ZTE" is, "AB" is not.</summary>
    public const int MinMatchLength = 3;

    /// <summary>Han, Kana or Hangul characters a name keeps once legal forms are set aside, below which it is not matched on.</summary>
    public const int MinCjkMatchLength = 2;

    /// <summary>
    /// Why a list's name is not matched on, or null when it may be: a bare legal form ("Ltd", "Co., Ltd.", "有限公司"),
    /// which names no company, or a name too short to tell one company from another ("AB", "X Ltd"). Every holding named
    /// "Co., Ltd." or "AB Ltd" would otherwise match it.
    /// </summary>
    public static string? NotMatchedOn(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "is empty";
        var folded = name.Normalize(NormalizationForm.FormKC).ToUpperInvariant();
        var words = new StringBuilder(folded.Length);
        foreach (var c in folded) words.Append(char.IsLetterOrDigit(c) || IsCjk(c) ? c : ' ');
        var tokens = words.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length > 0 && tokens.All(t => LegalForms.Contains(Word(t)) || t == "AND" || (HasCjk(t) && CjkLegalSuffixes.Contains(t))))
            return "is only a legal form, which names no company";
        var compact = Normalise(name).Compact;
        var cjk = HasCjk(compact);
        if (compact.Length < (cjk ? MinCjkMatchLength : MinMatchLength))
            return string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"is too short to match on safely (fewer than {(cjk ? MinCjkMatchLength : MinMatchLength)} {(cjk ? "characters" : "letters or digits")} once legal forms are set aside)");
        return null;
    }

    /// <summary>True when a word is a near-spelling of a legal form (<c>HOLIDNG</c>), so it says nothing about the company.</summary>
    public static bool IsMisspeltLegalForm(string word)
    {
        if (word.Length < 5) return false;
        foreach (var form in LegalForms)
            if (form.Length >= 5 && JaroWinkler.Similarity(word, form) >= 0.92) return true;
        return false;
    }

    /// <summary>True when the name contains Han, Kana or Hangul characters.</summary>
    public static bool HasCjk(string? s)
    {
        if (s is null) return false;
        foreach (var c in s)
            if (IsCjk(c)) return true;
        return false;
    }

    public static bool IsCjk(char c) =>
        c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF'
          or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>One word in its comparable form: abbreviations written out, plurals singular.</summary>
    private static string Word(string token)
    {
        if (Abbreviations.TryGetValue(token, out var full)) return full;
        if (token.Length > 5 && token.EndsWith("IES", StringComparison.Ordinal)) return token[..^3] + "Y";
        if (token.Length > 4 && token.EndsWith('S') && !token.EndsWith("SS", StringComparison.Ordinal)
            && !token.EndsWith("US", StringComparison.Ordinal) && !token.EndsWith("IS", StringComparison.Ordinal))
            return token[..^1];
        return token;
    }

    private static void CutAtDepositaryReceipt(List<string> tokens)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            if (!DepositaryReceiptWords.Contains(tokens[i])) continue;
            tokens.RemoveRange(i, tokens.Count - i);
            return;
        }
    }

    /// <summary>Removes trailing share classes and legal forms, and says which kinds of legal form went.</summary>
    private static LegalForms StripTrailing(List<string> tokens)
    {
        var forms = Text.LegalForms.None;
        while (tokens.Count > 1 && (ShareClassSuffixes.Contains(tokens[^1]) || LegalForms.Contains(tokens[^1])))
        {
            forms |= FormOf(tokens[^1]);
            tokens.RemoveAt(tokens.Count - 1);
        }
        return forms;
    }

    /// <summary>What removing this word removes: a legal form, a group or holding word, or (a share class, THE) neither.</summary>
    private static LegalForms FormOf(string word) =>
        word == "GROUP" ? Text.LegalForms.Stated | Text.LegalForms.Group
        : GroupWords.Contains(word) ? Text.LegalForms.Stated | Text.LegalForms.Holding
        : LegalForms.Contains(word) && word != "THE" ? Text.LegalForms.Stated
        : Text.LegalForms.None;

    private static (string Token, LegalForms Forms) StripCjkLegalSuffix(string token)
    {
        if (!HasCjk(token)) return (token, Text.LegalForms.None);
        var forms = Text.LegalForms.None;
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var suffix in CjkLegalSuffixes)
            {
                if (token.Length > suffix.Length && token.EndsWith(suffix, StringComparison.Ordinal))
                {
                    token = token[..^suffix.Length];
                    forms |= suffix is "集团" or "集團" ? Text.LegalForms.Stated | Text.LegalForms.Group : Text.LegalForms.Stated;
                    changed = true;
                }
            }
        }
        return (token, forms);
    }
}
