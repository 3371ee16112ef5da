using System.Globalization;
using System.Text.Json;
using Exposure.Core;

namespace Exposure.Readers.Portfolio;

/// <summary>
/// A JSON value with the line it starts on, so that a problem with any value of a portfolio file can name its line.
/// Comments and trailing commas are allowed; a name given twice in one object is an error.
/// </summary>
internal sealed class LocatedJson
{
    private const int MaxDepth = 64;

    /// <summary>The most values (objects, lists, texts, numbers ...) one file may hold: a scheme of 10,000 holdings has about 150,000.</summary>
    public const int MaxValues = 500_000;

    private readonly List<LocatedJson>? _items;
    private readonly List<(string Name, int Line, LocatedJson Value)>? _properties;
    private readonly HashSet<string>? _names;

    private LocatedJson(JsonValueKind kind, int line, string? text)
    {
        Kind = kind;
        Line = line;
        Text = text;
        if (kind == JsonValueKind.Array) _items = [];
        if (kind == JsonValueKind.Object)
        {
            _properties = [];
            _names = new(StringComparer.Ordinal);
        }
    }

    public JsonValueKind Kind { get; }

    /// <summary>The 1-based line the value starts on.</summary>
    public int Line { get; }

    /// <summary>A string's value, or a number as written; null for other kinds.</summary>
    public string? Text { get; }

    /// <summary>An array's items, in order.</summary>
    public IReadOnlyList<LocatedJson> Items => _items ?? [];

    /// <summary>An object's properties, in order, each with the line its name is on.</summary>
    public IReadOnlyList<(string Name, int Line, LocatedJson Value)> Properties => _properties ?? [];

    /// <summary>How messages name the kind: "text", "a number", "null" ...</summary>
    public string KindName => Kind switch
    {
        JsonValueKind.String => "text",
        JsonValueKind.Number => "a number",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => "null",
    };

    public LocatedJson? this[string name] => _properties?.FirstOrDefault(p => p.Name == name).Value;

    /// <summary>Parses UTF-8 JSON text; a syntax error is a <see cref="DataException"/> naming the file and line.</summary>
    public static LocatedJson Parse(byte[] utf8, string displayName)
    {
        long counted = 0;
        var lineAtCounted = 1;
        int LineAt(long offset)
        {
            lineAtCounted += utf8.AsSpan((int)counted, (int)(offset - counted)).Count((byte)'\n');
            counted = offset;
            return lineAtCounted;
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = MaxDepth,
        });
        var open = new Stack<LocatedJson>();
        string? name = null;
        var nameLine = 0;
        LocatedJson? root = null;
        var values = 0;
        try
        {
            while (reader.Read())
            {
                var line = LineAt(reader.TokenStartIndex);
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        name = reader.GetString()!;
                        nameLine = line;
                        if (!open.Peek()._names!.Add(name))
                            throw new DataException(displayName, line, $"'{JsonFields.Printable(name)}' is given twice in one object: give it once");
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        open.Pop();
                        continue;
                }
                var value = reader.TokenType switch
                {
                    JsonTokenType.StartObject => new LocatedJson(JsonValueKind.Object, line, null),
                    JsonTokenType.StartArray => new LocatedJson(JsonValueKind.Array, line, null),
                    JsonTokenType.String => new LocatedJson(JsonValueKind.String, line, reader.GetString()),
                    JsonTokenType.Number => new LocatedJson(JsonValueKind.Number, line, System.Text.Encoding.UTF8.GetString(reader.ValueSpan)),
                    JsonTokenType.True => new LocatedJson(JsonValueKind.True, line, null),
                    JsonTokenType.False => new LocatedJson(JsonValueKind.False, line, null),
                    _ => new LocatedJson(JsonValueKind.Null, line, null),
                };
                if (++values > MaxValues)
                    throw new DataException(displayName, line, string.Create(CultureInfo.InvariantCulture, $"more than {MaxValues:N0} values: not a portfolio file"));
                if (open.Count == 0) root = value;
                else if (open.Peek().Kind == JsonValueKind.Array) open.Peek()._items!.Add(value);
                else open.Peek()._properties!.Add((name!, nameLine, value));
                if (value.Kind is JsonValueKind.Object or JsonValueKind.Array) open.Push(value);
            }
        }
        catch (JsonException e)
        {
            throw new DataException(displayName, (int?)e.LineNumber + 1, $"not valid JSON: {Reason(e.Message)}");
        }
        catch (InvalidOperationException)
        {
            // A string whose escapes are not valid UTF-16 (a lone surrogate such as \ud800).
            throw new DataException(displayName, LineAt(reader.TokenStartIndex), "not valid JSON: a string holds an escape that is not a character");
        }
        return root ?? throw new DataException(displayName, null, "the file holds no JSON value");
    }

    /// <summary>The parser's message without its position, which the line number already gives.</summary>
    private static string Reason(string message) => JsonFields.Printable(message.Split(" LineNumber:")[0].Split(" Path:")[0].TrimEnd(), 300);
}
