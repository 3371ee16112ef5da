using System.Buffers.Binary;
using Exposure.Reports.Pdf.Fonts;

namespace Exposure.Reports.Pdf.Tests;

public sealed class CharacterMapTests
{
    [Fact]
    public void Format_4_segments_with_deltas_and_glyph_arrays()
    {
        var subtable = Format4(
            (0x41, 0x43, 10, null),
            (0x4E00, 0x4E02, 0, [7, 0, 9]),
            (0xFFFF, 0xFFFF, 1, null));

        var map = CharacterMap.Parse(CmapWith(3, 1, subtable));

        Assert.True(map.Contains('A'));
        Assert.True(map.Contains('C'));
        Assert.False(map.Contains('D'));
        Assert.True(map.Contains(0x4E00));
        Assert.False(map.Contains(0x4E01));
        Assert.True(map.Contains(0x4E02));
        Assert.False(map.Contains(0xFFFF));
        Assert.Equal(5, map.CodePointCount);
    }

    [Fact]
    public void Format_12_groups_cover_supplementary_planes()
    {
        var subtable = new byte[16 + 2 * 12];
        BinaryPrimitives.WriteUInt16BigEndian(subtable, 12);
        BinaryPrimitives.WriteUInt32BigEndian(subtable.AsSpan(4), (uint)subtable.Length);
        BinaryPrimitives.WriteUInt32BigEndian(subtable.AsSpan(12), 2);
        WriteGroup(subtable.AsSpan(16), 0x20, 0x7E, 1);
        WriteGroup(subtable.AsSpan(28), 0x20000, 0x20010, 500);

        var map = CharacterMap.Parse(CmapWith(3, 10, subtable));

        Assert.True(map.Contains(' '));
        Assert.True(map.Contains('~'));
        Assert.False(map.Contains(0x7F));
        Assert.True(map.Contains(0x2000A));
        Assert.False(map.Contains(0x20011));
    }

    [Fact]
    public void Real_font_cmap_matches_expectations()
    {
        var face = TestFonts.Catalog.Main.Regular;

        Assert.True(face.HasGlyph('A'));
        Assert.True(face.HasGlyph('é'));
        Assert.False(face.HasGlyph(0x10FFFD));
    }

    private static void WriteGroup(Span<byte> group, int start, int end, int glyph)
    {
        BinaryPrimitives.WriteUInt32BigEndian(group, (uint)start);
        BinaryPrimitives.WriteUInt32BigEndian(group[4..], (uint)end);
        BinaryPrimitives.WriteUInt32BigEndian(group[8..], (uint)glyph);
    }

    private static byte[] CmapWith(ushort platform, ushort encoding, byte[] subtable)
    {
        var cmap = new byte[12 + subtable.Length];
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(2), 1);
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(4), platform);
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(6), encoding);
        BinaryPrimitives.WriteUInt32BigEndian(cmap.AsSpan(8), 12);
        subtable.CopyTo(cmap, 12);
        return cmap;
    }

    private static byte[] Format4(params (int Start, int End, short Delta, ushort[]? Glyphs)[] segments)
    {
        var count = segments.Length;
        var glyphs = segments.Where(s => s.Glyphs is not null).SelectMany(s => s.Glyphs!).ToArray();
        var table = new byte[16 + count * 8 + glyphs.Length * 2];
        BinaryPrimitives.WriteUInt16BigEndian(table, 4);
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(2), (ushort)table.Length);
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(6), (ushort)(count * 2));
        var glyphIndex = 0;
        for (var s = 0; s < count; s++)
        {
            var (start, end, delta, segmentGlyphs) = segments[s];
            BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(14 + s * 2), (ushort)end);
            BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(16 + count * 2 + s * 2), (ushort)start);
            BinaryPrimitives.WriteInt16BigEndian(table.AsSpan(16 + count * 4 + s * 2), delta);
            if (segmentGlyphs is not null)
            {
                var rangeOffset = (count - s) * 2 + glyphIndex * 2;
                BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(16 + count * 6 + s * 2), (ushort)rangeOffset);
                foreach (var glyph in segmentGlyphs)
                {
                    BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(16 + count * 8 + glyphIndex++ * 2), glyph);
                }
            }
        }

        return table;
    }
}
