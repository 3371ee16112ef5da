using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Exposure.Reports.Pdf.Tests;

/// <summary>
/// A PDF's logical structure as qpdf reads it (qpdf --json): the catalog's accessibility entries, the structure tree in
/// reading order, the bookmarks and each page's decoded content. Read with a tool the project did not write, so the
/// tests see what a reader's software sees.
/// </summary>
internal sealed partial class TaggedPdf
{
    private readonly Dictionary<string, JsonElement> _objects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _pageNumbers = new(StringComparer.Ordinal);

    private TaggedPdf(JsonElement objects)
    {
        foreach (var property in objects.EnumerateObject())
        {
            _objects[property.Name] = property.Value;
        }

        var trailer = _objects["trailer"].GetProperty("value");
        var catalog = Resolve(trailer.GetProperty("/Root"));
        Title = Text(Get(Resolve(Get(trailer, "/Info")), "/Title"));
        Language = Text(Get(catalog, "/Lang"));
        Marked = Get(Resolve(Get(catalog, "/MarkInfo")), "/Marked") is { ValueKind: JsonValueKind.True };
        DisplayDocTitle = Get(Resolve(Get(catalog, "/ViewerPreferences")), "/DisplayDocTitle") is { ValueKind: JsonValueKind.True };

        var pages = Get(Resolve(Get(catalog, "/Pages")), "/Kids")!.Value.EnumerateArray().Select(p => p.GetString()!).ToList();
        for (var i = 0; i < pages.Count; i++)
        {
            _pageNumbers[pages[i]] = i + 1;
            var page = Resolve(JsonSerializer.SerializeToElement(pages[i]));
            PagesWithStructParents += Get(page, "/StructParents") is null ? 0 : 1;
            PageContents.Add(Contents(page));
        }

        if (Get(catalog, "/StructTreeRoot") is { } root)
        {
            HasStructureTree = true;
            Walk(Get(Resolve(root), "/K"), null, []);
        }

        if (Get(Resolve(Get(catalog, "/Outlines")), "/First") is { } first)
        {
            ReadOutline(first, 1);
        }
    }

    public string? Title { get; }

    public string? Language { get; }

    public bool Marked { get; }

    public bool DisplayDocTitle { get; }

    public bool HasStructureTree { get; }

    public int PagesWithStructParents { get; }

    /// <summary>Every structure element, depth first (the structure tree's reading order).</summary>
    public List<Element> Elements { get; } = [];

    /// <summary>Each page's content streams, decoded and joined.</summary>
    public List<byte[]> PageContents { get; } = [];

    /// <summary>The bookmarks in order, with their levels.</summary>
    public List<(int Level, string Title)> Outline { get; } = [];

    /// <summary>H1 to H6 in order, with the text each carries in /ActualText.</summary>
    public IEnumerable<(int Level, string Text)> Headings =>
        Elements.Where(e => HeadingType().IsMatch(e.Type)).Select(e => (e.Type[1] - '0', e.ActualText ?? ""));

    public IEnumerable<Element> OfType(string type) => Elements.Where(e => e.Type == type);

    public static TaggedPdf Read(string path)
    {
        var (exitCode, output, error) = PdfTools.RunApart("qpdf", "--json", "--json-key=qpdf", "--json-stream-data=inline", path);
        Assert.True(exitCode is 0 or 3, error);
        using var json = JsonDocument.Parse(output);
        return new TaggedPdf(json.RootElement.GetProperty("qpdf")[1].Clone());
    }

    /// <summary>
    /// Where marked content (BMC/BDC … EMC) and text objects (BT … ET) do not nest in a page's content, as ISO 32000-1
    /// (14.6) requires: "BDC BT EMC ET" is not valid. Empty when they nest everywhere.
    /// </summary>
    public IReadOnlyList<string> NestingProblems()
    {
        var problems = new List<string>();
        for (var p = 0; p < PageContents.Count; p++)
        {
            var stack = new Stack<string>();
            foreach (Match token in Token().Matches(Encoding.Latin1.GetString(PageContents[p])))
            {
                switch (token.Value)
                {
                    case "BT":
                        stack.Push("BT");
                        break;
                    case "BDC" or "BMC":
                        stack.Push("MC");
                        break;
                    case "ET" or "EMC":
                        var expected = token.Value == "ET" ? "BT" : "MC";
                        if (stack.Count == 0 || stack.Peek() != expected)
                        {
                            problems.Add($"page {p + 1}: {token.Value} at {token.Index} closes {(stack.Count == 0 ? "nothing" : stack.Peek())}");
                        }
                        else
                        {
                            stack.Pop();
                        }

                        break;
                }
            }

            if (stack.Count > 0)
            {
                problems.Add($"page {p + 1}: {stack.Count} left open");
            }
        }

        return problems;
    }

    private void Walk(JsonElement? kids, Element? parent, List<string> ancestors)
    {
        foreach (var kid in Items(kids))
        {
            var node = Resolve(kid);
            if (node.ValueKind != JsonValueKind.Object || Get(node, "/S") is not { } type)
            {
                continue;
            }

            if (Get(node, "/Type")?.GetString() is { } t && t != "/StructElem")
            {
                continue;
            }

            var element = new Element(type.GetString()![1..], parent, ancestors.Count)
            {
                ActualText = Text(Get(node, "/ActualText")),
                Alt = Text(Get(node, "/Alt")),
                Lang = Text(Get(node, "/Lang")),
                Scope = Items(Get(node, "/A")).Select(Resolve).Select(a => Get(a, "/Scope")?.GetString()).FirstOrDefault(s => s is not null)?[1..],
            };
            var page = Get(node, "/Pg")?.GetString();
            foreach (var item in Items(Get(node, "/K")))
            {
                if (item.ValueKind == JsonValueKind.Number)
                {
                    element.Content.Add((PageOf(page), item.GetInt32()));
                }
                else if (Resolve(item) is { ValueKind: JsonValueKind.Object } reference && Get(reference, "/Type")?.GetString() == "/MCR")
                {
                    element.Content.Add((PageOf(Get(reference, "/Pg")?.GetString()), Get(reference, "/MCID")!.Value.GetInt32()));
                }
                else if (Resolve(item) is { ValueKind: JsonValueKind.Object } objectReference && Get(objectReference, "/Type")?.GetString() == "/OBJR")
                {
                    element.Annotations++;
                }
            }

            Elements.Add(element);
            parent?.Kids.Add(element);
            Walk(Get(node, "/K"), element, [.. ancestors, element.Type]);
        }
    }

    private void ReadOutline(JsonElement item, int level)
    {
        for (JsonElement? current = item; current is { } at;)
        {
            var node = Resolve(at);
            Outline.Add((level, Text(Get(node, "/Title")) ?? ""));
            if (Get(node, "/First") is { } first)
            {
                ReadOutline(first, level + 1);
            }

            current = Get(node, "/Next");
        }
    }

    private byte[] Contents(JsonElement page)
    {
        var references = Items(Get(page, "/Contents")).Select(r => r.GetString()!).ToList();
        return references
            .SelectMany(r => _objects[$"obj:{r}"].GetProperty("stream").TryGetProperty("data", out var data) ? Convert.FromBase64String(data.GetString()!) : [])
            .ToArray();
    }

    private int PageOf(string? reference) => reference is not null && _pageNumbers.TryGetValue(reference, out var number) ? number : 0;

    private JsonElement Resolve(JsonElement value)
    {
        while (value.ValueKind == JsonValueKind.String && Reference().IsMatch(value.GetString()!))
        {
            var entry = _objects[$"obj:{value.GetString()}"];
            value = entry.TryGetProperty("stream", out var stream) ? stream.GetProperty("dict") : entry.GetProperty("value");
        }

        return value;
    }

    private JsonElement? Resolve(JsonElement? value) => value is { } v ? Resolve(v) : null;

    private IEnumerable<JsonElement> Items(JsonElement? value)
    {
        if (value is not { } v)
        {
            return [];
        }

        var resolved = v.ValueKind == JsonValueKind.Array ? v : Resolve(v);
        return resolved.ValueKind == JsonValueKind.Array ? resolved.EnumerateArray().ToList() : [v];
    }

    private static JsonElement? Get(JsonElement? dictionary, string key) =>
        dictionary is { ValueKind: JsonValueKind.Object } d && d.TryGetProperty(key, out var value) ? value : null;

    /// <summary>A text string as qpdf writes it: "u:…" for text, "b:…" for bytes in hex.</summary>
    private string? Text(JsonElement? value)
    {
        if (Resolve(value) is not { ValueKind: JsonValueKind.String } s)
        {
            return null;
        }

        var text = s.GetString()!;
        if (text.StartsWith("u:", StringComparison.Ordinal))
        {
            return text[2..];
        }

        if (text.StartsWith("b:", StringComparison.Ordinal))
        {
            var bytes = Convert.FromHexString(text[2..]);
            return bytes is [0xFE, 0xFF, ..] ? Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2) : Encoding.Latin1.GetString(bytes);
        }

        return text;
    }

    [GeneratedRegex(@"^\d+ \d+ R$")]
    private static partial Regex Reference();

    [GeneratedRegex(@"^H[1-6]$")]
    private static partial Regex HeadingType();

    [GeneratedRegex(@"<<|>>|<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)|/[^\s/<>\[\]()]+|[\[\]]|[^\s/<>\[\]()]+")]
    private static partial Regex Token();

    /// <summary>A structure element: its type, place in the tree, attributes and the marked content (page, MCID) it holds.</summary>
    internal sealed class Element(string type, Element? parent, int depth)
    {
        public string Type { get; } = type;

        public Element? Parent { get; } = parent;

        public int Depth { get; } = depth;

        public string? ActualText { get; init; }

        public string? Alt { get; init; }

        public string? Lang { get; init; }

        public string? Scope { get; init; }

        public List<Element> Kids { get; } = [];

        public List<(int Page, int Mcid)> Content { get; } = [];

        public int Annotations { get; set; }

        public IEnumerable<Element> Descendants => Kids.SelectMany(k => new[] { k }.Concat(k.Descendants));

        /// <summary>The pages this element's content (its own and its descendants') is on.</summary>
        public IReadOnlySet<int> Pages => Content.Concat(Descendants.SelectMany(d => d.Content)).Select(c => c.Page).ToHashSet();

        public override string ToString() => Type + (ActualText is null ? "" : $" '{ActualText}'");
    }
}
