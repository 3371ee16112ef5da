using System.Text;

namespace Exposure.Reports.Html.Markup;

/// <summary>
/// Encoding of text from input files and the list for HTML: the five characters with meaning in markup are escaped, and
/// characters HTML does not allow (C0 controls other than tab and line breaks, lone surrogates, non-characters) become
/// U+FFFD, so no input can open a tag, close an attribute or make the file invalid.
/// </summary>
internal static class HtmlText
{
    /// <summary>Text as the content of an element or the value of a double-quoted attribute.</summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (replacement is null)
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    var codePoint = char.ConvertToUtf32(c, text[i + 1]);
                    if (IsNonCharacter(codePoint))
                    {
                        replacement = "\uFFFD";
                    }
                    else
                    {
                        sb?.Append(c).Append(text[i + 1]);
                        i++;
                        continue;
                    }

                    (sb ??= new StringBuilder(text, 0, i, text.Length + 16)).Append(replacement);
                    i++;
                    continue;
                }

                if (!IsAllowed(c))
                {
                    replacement = "\uFFFD";
                }
            }

            if (replacement is null)
            {
                sb?.Append(c);
            }
            else
            {
                (sb ??= new StringBuilder(text, 0, i, text.Length + 16)).Append(replacement);
            }
        }

        return sb?.ToString() ?? text;
    }

    /// <summary>True for an absolute http or https URL: the only kind the report puts in a link.</summary>
    public static bool IsWebUrl(string? url) =>
        !string.IsNullOrWhiteSpace(url)
        && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);

    /// <summary>A fragment identifier made of a prefix and a value: lower-case letters, digits and hyphens only.</summary>
    public static string Id(string prefix, string value)
    {
        var sb = new StringBuilder(prefix.Length + value.Length + 1).Append(prefix).Append('-');
        var hyphen = true;
        foreach (var c in value.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(c);
                hyphen = false;
            }
            else if (!hyphen)
            {
                sb.Append('-');
                hyphen = true;
            }
        }

        var id = sb.ToString().TrimEnd('-');
        return id.Length == prefix.Length ? prefix + "-x" : id;
    }

    private static bool IsAllowed(char c) =>
        c switch
        {
            '\t' or '\n' or '\r' => true,
            < ' ' => false,
            >= '\u007F' and <= '\u009F' => false,
            _ when char.IsSurrogate(c) => false,
            _ => !IsNonCharacter(c),
        };

    private static bool IsNonCharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}
