using System.Text.Json;
using Exposure.Core;

namespace Exposure.Readers.Portfolio;

/// <summary>
/// The fields of one JSON object of a portfolio file, read with their types checked: a field of the wrong kind, or
/// one the format does not have (a misspelt <c>ammount</c> would otherwise drop a holding's money without a word), is a
/// <see cref="DataException"/> naming the file, the line and the field.
/// </summary>
internal sealed class JsonFields
{
    private readonly LocatedJson _node;
    private readonly string _file;
    private readonly string _context;

    /// <param name="context">What the object is, for messages, e.g. "holding 'em-equity'"; empty for the file itself.</param>
    /// <param name="known">The field names the object may have.</param>
    public JsonFields(LocatedJson node, string file, string context, IReadOnlyList<string> known)
    {
        _node = node;
        _file = file;
        _context = context;
        foreach (var (name, line, _) in node.Properties)
            if (!known.Contains(name, StringComparer.Ordinal))
                throw new DataException(file, line, $"{Prefix}unknown field '{Printable(name)}' (the fields are {string.Join(", ", known)})");
    }

    public int Line => _node.Line;

    private string Prefix => _context.Length == 0 ? "" : _context + ": ";

    public DataException Error(string problem, int? line = null) => new(_file, line ?? _node.Line, Prefix + problem);

    /// <summary>The field's value, or null when it is absent or <c>null</c>.</summary>
    public LocatedJson? Node(string name) => _node[name] is { Kind: not JsonValueKind.Null } v ? v : null;

    /// <summary>A text field, trimmed; null when absent, <c>null</c> or blank. Any other kind is an error.</summary>
    public string? Text(string name)
    {
        if (Node(name) is not { } v) return null;
        if (v.Kind != JsonValueKind.String) throw Error($"'{name}' must be text, not {v.KindName}", v.Line);
        return v.Text!.Trim() is { Length: > 0 } s ? s : null;
    }

    /// <summary>An object field; null when absent or <c>null</c>. Any other kind is an error.</summary>
    public JsonFields? Object(string name, string context, IReadOnlyList<string> known)
    {
        if (Node(name) is not { } v) return null;
        if (v.Kind != JsonValueKind.Object) throw Error($"'{name}' must be an object {{ ... }}, not {v.KindName}", v.Line);
        return new JsonFields(v, _file, context, known);
    }

    /// <summary>The line of the field's value, or of the object when the field is absent.</summary>
    public int LineOf(string name) => _node[name]?.Line ?? _node.Line;

    /// <summary>Text from the file as a message may show it: control characters as <c>?</c>, at most <paramref name="max"/> characters.</summary>
    public static string Printable(string text, int max = 80)
    {
        var clean = new string(text.Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return clean.Length <= max ? clean : clean[..(max - 3)] + "...";
    }
}
