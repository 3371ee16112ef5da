using DocumentFormat.OpenXml.Spreadsheet;

namespace Exposure.Reports.Excel.Writing;

/// <summary>The shared string table, used for the few fixed strings of a workbook (headers, titles, labels).</summary>
internal sealed class SharedStrings
{
    private readonly Dictionary<string, int> indexes = new(StringComparer.Ordinal);
    private readonly List<string> texts = [];
    private int references;

    public bool IsEmpty => texts.Count == 0;

    public int Add(string text)
    {
        references++;
        if (!indexes.TryGetValue(text, out var index))
        {
            index = texts.Count;
            indexes.Add(text, index);
            texts.Add(text);
        }

        return index;
    }

    public SharedStringTable Build() =>
        new(texts.Select(text => new SharedStringItem(ExcelText.TextElement(text))))
        {
            Count = (uint)references,
            UniqueCount = (uint)texts.Count,
        };
}
