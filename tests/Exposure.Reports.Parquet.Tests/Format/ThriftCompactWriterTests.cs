using Exposure.Reports.Parquet.Format;

namespace Exposure.Reports.Parquet.Tests.Format;

public sealed class ThriftCompactWriterTests
{
    private static byte[] Bytes(Action<ThriftCompactWriter> write)
    {
        var buffer = new ByteBuffer();
        write(new ThriftCompactWriter(buffer));
        return buffer.Written.ToArray();
    }

    [Theory]
    [InlineData(0UL, new byte[] { 0x00 })]
    [InlineData(1UL, new byte[] { 0x01 })]
    [InlineData(127UL, new byte[] { 0x7F })]
    [InlineData(128UL, new byte[] { 0x80, 0x01 })]
    [InlineData(300UL, new byte[] { 0xAC, 0x02 })]
    [InlineData(16384UL, new byte[] { 0x80, 0x80, 0x01 })]
    [InlineData(4294967296UL, new byte[] { 0x80, 0x80, 0x80, 0x80, 0x10 })]
    [InlineData(ulong.MaxValue, new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01 })]
    public void Varints_take_seven_bits_a_byte_least_significant_first(ulong value, byte[] expected) =>
        Assert.Equal(expected, Bytes(w => w.Varint(value)));

    [Theory]
    [InlineData(0, 0U)]
    [InlineData(-1, 1U)]
    [InlineData(1, 2U)]
    [InlineData(-2, 3U)]
    [InlineData(2, 4U)]
    [InlineData(int.MaxValue, 4294967294U)]
    [InlineData(int.MinValue, 4294967295U)]
    public void Zigzag_maps_small_magnitudes_of_either_sign_to_small_numbers(int value, uint expected)
    {
        Assert.Equal(expected, ThriftCompactWriter.ZigZag(value));
        Assert.Equal((ulong)expected, ThriftCompactWriter.ZigZag((long)value));
    }

    [Fact]
    public void Long_zigzag_covers_the_whole_range() =>
        Assert.Equal((ulong.MaxValue, ulong.MaxValue - 1), (ThriftCompactWriter.ZigZag(long.MinValue), ThriftCompactWriter.ZigZag(long.MaxValue)));

    [Fact]
    public void Fields_carry_the_difference_from_the_last_id_in_their_header_byte_and_a_struct_ends_with_a_stop()
    {
        var bytes = Bytes(w =>
        {
            w.BeginStruct();
            w.I32Field(1, 1);           // delta 1, type 5 (i32): 0x15, zigzag(1) = 2
            w.I64Field(3, -1);          // delta 2, type 6 (i64): 0x26, zigzag(-1) = 1
            w.StringField(4, "né");     // delta 1, type 8 (binary): 0x18, length 3, UTF-8 bytes
            w.BoolField(5, true);       // delta 1, type 1 (true): 0x11, no value byte
            w.BoolField(6, false);      // delta 1, type 2 (false): 0x12
            w.I16Field(7, 5);           // delta 1, type 4 (i16): 0x14, zigzag(5) = 10
            w.ByteField(8, -2);         // delta 1, type 3 (i8): 0x13, the byte itself (0xFE), no zigzag
            w.I32Field(30, 300);        // delta 23 > 15: type alone 0x05, then the id as a zigzag varint (60 = 0x3C), then zigzag(300) = 600 = 0xD8 0x04
            w.EndStruct();
        });
        Assert.Equal(new byte[] { 0x15, 0x02, 0x26, 0x01, 0x18, 0x03, (byte)'n', 0xC3, 0xA9, 0x11, 0x12, 0x14, 0x0A, 0x13, 0xFE, 0x05, 0x3C, 0xD8, 0x04, 0x00 }, bytes);
    }

    [Fact]
    public void A_nested_struct_counts_its_ids_afresh_and_the_outer_struct_resumes_from_its_own()
    {
        var bytes = Bytes(w =>
        {
            w.BeginStruct();
            w.I32Field(2, 0);           // 0x25 0x00
            w.StructField(5);           // delta 3, type 12: 0x3C
            w.BeginStruct();
            w.I32Field(1, 7);           // 0x15 0x0E
            w.EndStruct();              // 0x00
            w.I32Field(6, 0);           // delta 1 from 5: 0x15 0x00
            w.EndStruct();              // 0x00
        });
        Assert.Equal(new byte[] { 0x25, 0x00, 0x3C, 0x15, 0x0E, 0x00, 0x15, 0x00, 0x00 }, bytes);
    }

    [Fact]
    public void Lists_give_their_size_in_the_header_byte_below_fifteen_and_in_a_varint_after_0xF_otherwise()
    {
        var shortList = Bytes(w =>
        {
            w.BeginStruct();
            w.I32ListField(1, [1, -1, 2]);      // 0x19, then size 3 and type 5: 0x35, then 2, 1, 4
            w.StringListField(2, ["a"]);        // 0x19, then 0x18, then 1 'a'
            w.EndStruct();
        });
        Assert.Equal(new byte[] { 0x19, 0x35, 0x02, 0x01, 0x04, 0x19, 0x18, 0x01, (byte)'a', 0x00 }, shortList);

        var longList = Bytes(w =>
        {
            w.BeginStruct();
            w.I32ListField(1, new int[20]);     // 0x19, then 0xF5 and the size 20 as a varint
            w.EndStruct();
        });
        Assert.Equal(new byte[] { 0x19, 0xF5, 0x14 }.Concat(new byte[20]).Append((byte)0x00), longList);
    }

    [Fact]
    public void Binary_values_follow_their_length()
    {
        var bytes = Bytes(w =>
        {
            w.BeginStruct();
            w.BinaryField(6, [0xFF, 0x00]);     // delta 6, type 8: 0x68, length 2
            w.EndStruct();
        });
        Assert.Equal(new byte[] { 0x68, 0x02, 0xFF, 0x00, 0x00 }, bytes);
    }

    /// <summary>A whole page header, worked out by hand from parquet.thrift's field ids.</summary>
    [Fact]
    public void A_data_page_header_is_laid_out_field_by_field()
    {
        var bytes = Bytes(w => new PageHeader(100, 60, Data: new DataPageHeader(10, ParquetEncoding.RleDictionary)).Write(w));
        Assert.Equal(new byte[]
        {
            0x15, 0x00,             // 1: type DATA_PAGE (0)
            0x15, 0xC8, 0x01,       // 2: uncompressed size 100 (zigzag 200)
            0x15, 0x78,             // 3: compressed size 60 (zigzag 120)
            0x2C,                   // 5: data_page_header, a struct (delta 2)
            0x15, 0x14,             //   1: 10 values (zigzag 20)
            0x15, 0x10,             //   2: RLE_DICTIONARY (8)
            0x15, 0x06,             //   3: RLE (3)
            0x15, 0x06,             //   4: RLE (3)
            0x00,                   //   stop
            0x00,                   // stop
        }, bytes);
    }
}
