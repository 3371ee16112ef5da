using System.Text;

namespace Exposure.Synthetic;

/// <summary>Just enough CSV (RFC 4180) to read the bundled list and to write fields: no third-party package.</summary>
internal static class CsvText
{
    /// <summary>All records of a file, the header included; quoted fields may hold commas, quotes and line breaks.</summary>
    public static List<string[]> ReadAll(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var i = 0;
        var recordHasContent = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                    quoted = false;
                    i++;
                    continue;
                }
                field.Append(c);
                i++;
                continue;
            }
            switch (c)
            {
                case '"':
                    quoted = true;
                    recordHasContent = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    recordHasContent = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    if (recordHasContent || field.Length > 0)
                    {
                        fields.Add(field.ToString());
                        records.Add([.. fields]);
                    }
                    fields.Clear();
                    field.Clear();
                    recordHasContent = false;
                    break;
                default:
                    field.Append(c);
                    recordHasContent = true;
                    break;
            }
            i++;
        }
        if (recordHasContent || field.Length > 0)
        {
            fields.Add(field.ToString());
            records.Add([.. fields]);
        }
        return records;
    }

    /// <summary>Records as dictionaries by header name.</summary>
    public static List<Dictionary<string, string>> ReadTable(string path)
    {
        var all = ReadAll(path);
        if (all.Count == 0) throw new InvalidDataException($"{path}: empty");
        var header = all[0];
        return all.Skip(1).Select(r =>
        {
            var d = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++) d[header[i]] = i < r.Length ? r[i] : "";
            return d;
        }).ToList();
    }

    /// <summary>A field quoted only when it must be (comma, quote, line break, or leading/trailing space).</summary>
    public static string Minimal(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var needs = value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value[0] == ' ' || value[^1] == ' ';
        return needs ? Quoted(value) : value;
    }

    /// <summary>A field always quoted, as iShares downloads write every field.</summary>
    public static string Quoted(string? value) => "\"" + (value ?? "").Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static string Line(IEnumerable<string?> fields) => string.Join(',', fields.Select(Minimal));
}
