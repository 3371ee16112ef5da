using System.Text;

namespace Exposure.Reports.Html.Markup;

/// <summary>
/// Writes markup into a buffer: elements with attributes, encoded text and safe links. Every text and attribute value
/// passes through <see cref="HtmlText.Encode"/>; only the page's own markup, style and script are written raw. Elements are
/// checked to be closed in the order they were opened.
/// </summary>
internal sealed class HtmlWriter
{
    private static readonly HashSet<string> Void = new(StringComparer.Ordinal) { "meta", "br", "hr", "input", "col", "link", "img" };

    private readonly StringBuilder _sb = new(1 << 16);
    private readonly Stack<string> _open = new();

    /// <summary>How many characters have been written.</summary>
    public int Length => _sb.Length;

    /// <summary>Opens an element. Attributes whose value is null are left out; an empty value writes a bare attribute value "".</summary>
    public HtmlWriter Open(string tag, params (string Name, string? Value)[] attributes)
    {
        WriteStart(tag, attributes);
        if (!Void.Contains(tag))
        {
            _open.Push(tag);
        }

        return this;
    }

    public HtmlWriter Close(string tag)
    {
        if (_open.Count == 0 || _open.Peek() != tag)
        {
            throw new InvalidOperationException($"closing <{tag}> but <{(_open.Count == 0 ? "nothing" : _open.Peek())}> is open");
        }

        _open.Pop();
        _sb.Append("</").Append(tag).Append('>');
        if (IsBlock(tag))
        {
            _sb.Append('\n');
        }

        return this;
    }

    /// <summary>An element holding encoded text.</summary>
    public HtmlWriter Element(string tag, string? text, params (string Name, string? Value)[] attributes)
    {
        Open(tag, attributes);
        Text(text);
        return Close(tag);
    }

    public HtmlWriter Text(string? text)
    {
        _sb.Append(HtmlText.Encode(text));
        return this;
    }

    /// <summary>Markup the page writes itself (its style sheet, its script, fixed entities): never text from input.</summary>
    public HtmlWriter Raw(string markup)
    {
        _sb.Append(markup);
        return this;
    }

    /// <summary>A link when <paramref name="url"/> is an http or https URL, else the text alone: no other scheme reaches an href.</summary>
    public HtmlWriter Link(string? url, string? text, string? @class = null)
    {
        if (HtmlText.IsWebUrl(url))
        {
            return Element("a", text, ("href", url!.Trim()), ("class", @class));
        }

        return Text(text);
    }

    public HtmlWriter NewLine()
    {
        _sb.Append('\n');
        return this;
    }

    /// <summary>The page, once every element is closed.</summary>
    public override string ToString()
    {
        if (_open.Count > 0)
        {
            throw new InvalidOperationException($"<{_open.Peek()}> was never closed");
        }

        return _sb.ToString();
    }

    private void WriteStart(string tag, (string Name, string? Value)[] attributes)
    {
        _sb.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }

            _sb.Append(' ').Append(name).Append("=\"").Append(HtmlText.Encode(value)).Append('"');
        }

        _sb.Append('>');
        if (Void.Contains(tag) && IsBlock(tag))
        {
            _sb.Append('\n');
        }
    }

    private static bool IsBlock(string tag) => tag is "html" or "head" or "body" or "header" or "main" or "footer" or "nav" or "section" or "article"
        or "p" or "table" or "thead" or "tbody" or "tr" or "ul" or "ol" or "li" or "dl" or "div" or "figure" or "meta" or "h1" or "h2" or "h3"
        or "h4" or "h5" or "title" or "style" or "script" or "details" or "caption" or "svg" or "link";
}
