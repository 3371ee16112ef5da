using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;

namespace Exposure.Readers.Xlsx;

/// <summary>
/// Finds a worksheet's merged ranges. A worksheet writes its merged ranges after its rows, so they
/// are found before the rows are read by scanning the sheet's XML for its <c>mergeCells</c> element (markup, as text
/// cannot hold a <c>&lt;</c>) and reading the element's <c>ref</c> attributes; the rows are then streamed as usual.
/// </summary>
internal static partial class MergedRanges
{
    private const int ChunkBytes = 64 * 1024;

    /// <summary>The most ranges taken from one sheet: more than any holdings table merges.</summary>
    public const int MaxRanges = 100_000;

    /// <summary>The sheet's merged ranges of more than one cell, by first row and column.</summary>
    public static List<MergedRange> Of(WorksheetPart part)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        var tail = Tail(stream);
        var ranges = new List<MergedRange>();
        if (tail is null) return ranges;
        foreach (Match m in MergeCell().Matches(tail))
        {
            if (ranges.Count >= MaxRanges) break;
            if (Parse(m.Groups[1].Value) is { } range && (range.Rows > 1 || range.Columns > 1)) ranges.Add(range);
        }
        ranges.Sort((a, b) => a.FirstRow != b.FirstRow ? a.FirstRow.CompareTo(b.FirstRow) : a.FirstColumn.CompareTo(b.FirstColumn));
        return ranges;
    }

    /// <summary>The sheet's XML from its <c>mergeCells</c> element on, or null when it has none.</summary>
    private static string? Tail(Stream stream)
    {
        var marker = "mergeCells"u8;
        var buffer = new byte[ChunkBytes + 64];
        var kept = 0;
        int read;
        while ((read = stream.Read(buffer, kept, ChunkBytes)) > 0)
        {
            var length = kept + read;
            var span = buffer.AsSpan(0, length);
            for (var from = 0; from < length;)
            {
                var at = span[from..].IndexOf(marker);
                if (at < 0) break;
                at += from;
                if (OpensElement(span, at) is { } start)
                {
                    using var rest = new MemoryStream();
                    rest.Write(span[start..]);
                    stream.CopyTo(rest);
                    return Encoding.UTF8.GetString(rest.GetBuffer(), 0, (int)rest.Length);
                }
                from = at + 1;
            }
            // Keep the end of the chunk, where a marker may be cut in two.
            kept = Math.Min(64, length);
            span[(length - kept)..].CopyTo(buffer);
        }
        return null;
    }

    /// <summary>Where the start tag holding the marker at <paramref name="at"/> opens (<c>&lt;mergeCells</c>, <c>&lt;x:mergeCells</c>), or null when it is not one.</summary>
    private static int? OpensElement(ReadOnlySpan<byte> span, int at)
    {
        var i = at - 1;
        if (i >= 0 && span[i] == (byte)'<') return i;
        if (i < 0 || span[i] != (byte)':') return null;
        for (i--; i >= 0 && (char.IsAsciiLetterOrDigit((char)span[i]) || span[i] is (byte)'_' or (byte)'-' or (byte)'.'); i--) { }
        return i >= 0 && span[i] == (byte)'<' && i < at - 2 ? i : null;
    }

    private static MergedRange? Parse(string reference)
    {
        var parts = reference.Split(':');
        if (parts.Length != 2 || Cell(parts[0]) is not { } first || Cell(parts[1]) is not { } last) return null;
        var (r1, r2) = (Math.Min(first.Row, last.Row), Math.Max(first.Row, last.Row));
        var (c1, c2) = (Math.Min(first.Column, last.Column), Math.Max(first.Column, last.Column));
        return new MergedRange(reference.ToUpperInvariant(), r1, c1, r2, c2);
    }

    private static (int Row, int Column)? Cell(string reference)
    {
        if (ExcelValues.ColumnOf(reference) is not { } column) return null;
        var digits = reference.AsSpan().TrimStart("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row is >= 1 and <= ExcelValues.MaxRows
            ? (row, column)
            : null;
    }

    [GeneratedRegex("""<(?:[A-Za-z_][\w.-]*:)?mergeCell\b[^>]*?\bref\s*=\s*["']([A-Za-z]{1,3}[0-9]{1,7}:[A-Za-z]{1,3}[0-9]{1,7})["']""", RegexOptions.CultureInvariant)]
    private static partial Regex MergeCell();
}
