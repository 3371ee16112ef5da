using System.Buffers.Binary;

namespace Exposure.Reports.Pdf.Fonts;

/// <summary>The set of Unicode code points a font maps to a real glyph, read from its 'cmap' table (formats 4 and 12).</summary>
public sealed class CharacterMap
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    private CharacterMap(List<(int Start, int End)> ranges)
    {
        ranges.Sort((a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<(int Start, int End)>();
        foreach (var range in ranges)
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End + 1)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, range.End));
            }
            else
            {
                merged.Add(range);
            }
        }

        _starts = merged.Select(r => r.Start).ToArray();
        _ends = merged.Select(r => r.End).ToArray();
        CodePointCount = merged.Sum(r => r.End - r.Start + 1);
    }

    public static CharacterMap Empty { get; } = new([]);

    public int CodePointCount { get; }

    public bool Contains(int codePoint)
    {
        var index = Array.BinarySearch(_starts, codePoint);
        if (index >= 0)
        {
            return true;
        }

        var candidate = ~index - 1;
        return candidate >= 0 && codePoint <= _ends[candidate];
    }

    /// <summary>Parses a complete 'cmap' table. Prefers a full-Unicode format 12 subtable, then a BMP format 4 subtable.</summary>
    public static CharacterMap Parse(ReadOnlySpan<byte> cmap)
    {
        if (cmap.Length < 4)
        {
            throw new InvalidDataException("The cmap table is truncated.");
        }

        var count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        var best = -1;
        var bestRank = int.MaxValue;
        for (var i = 0; i < count; i++)
        {
            var record = cmap.Slice(4 + i * 8, 8);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            var offset = checked((int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]));
            if (offset + 2 > cmap.Length)
            {
                continue;
            }

            var format = BinaryPrimitives.ReadUInt16BigEndian(cmap[offset..]);
            var rank = (platform, encoding, format) switch
            {
                (3, 10, 12) => 0,
                (0, 4 or 6, 12) => 1,
                (3, 1, 4) => 2,
                (0, <= 3, 4) => 3,
                _ => int.MaxValue,
            };
            if (rank < bestRank)
            {
                bestRank = rank;
                best = offset;
            }
        }

        if (best < 0)
        {
            return Empty;
        }

        var subtable = cmap[best..];
        return BinaryPrimitives.ReadUInt16BigEndian(subtable) == 12 ? ParseFormat12(subtable) : ParseFormat4(subtable);
    }

    private static CharacterMap ParseFormat12(ReadOnlySpan<byte> table)
    {
        var groups = checked((int)BinaryPrimitives.ReadUInt32BigEndian(table[12..]));
        var ranges = new List<(int, int)>(groups);
        for (var i = 0; i < groups; i++)
        {
            var group = table.Slice(16 + i * 12, 12);
            var start = checked((int)BinaryPrimitives.ReadUInt32BigEndian(group));
            var end = checked((int)BinaryPrimitives.ReadUInt32BigEndian(group[4..]));
            var startGlyph = BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
            if (startGlyph == 0)
            {
                start++;
            }

            if (start <= end)
            {
                ranges.Add((start, end));
            }
        }

        return new CharacterMap(ranges);
    }

    private static CharacterMap ParseFormat4(ReadOnlySpan<byte> table)
    {
        var segments = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
        var endCodes = table[14..];
        var startCodes = table[(16 + segments * 2)..];
        var deltas = table[(16 + segments * 4)..];
        var rangeOffsetsStart = 16 + segments * 6;
        var ranges = new List<(int, int)>();
        for (var s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(endCodes[(s * 2)..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(startCodes[(s * 2)..]);
            int delta = BinaryPrimitives.ReadInt16BigEndian(deltas[(s * 2)..]);
            var rangeOffsetPosition = rangeOffsetsStart + s * 2;
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(table[rangeOffsetPosition..]);
            var runStart = -1;
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    var glyphPosition = rangeOffsetPosition + rangeOffset + (c - start) * 2;
                    glyph = glyphPosition + 2 <= table.Length ? BinaryPrimitives.ReadUInt16BigEndian(table[glyphPosition..]) : 0;
                    if (glyph != 0)
                    {
                        glyph = (glyph + delta) & 0xFFFF;
                    }
                }

                if (glyph != 0 && runStart < 0)
                {
                    runStart = c;
                }
                else if (glyph == 0 && runStart >= 0)
                {
                    ranges.Add((runStart, c - 1));
                    runStart = -1;
                }
            }

            if (runStart >= 0)
            {
                ranges.Add((runStart, Math.Min(end, 0xFFFE)));
            }
        }

        return new CharacterMap(ranges);
    }
}
