using System.Text;

namespace Exposure.Reports.Parquet.Format;

/// <summary>
/// Writes Thrift structures in the compact protocol, as Parquet's page headers and footer are written: each field
/// is announced by its type and the difference from the previous field's id, integers are zigzag varints, text and
/// bytes carry their length, and a struct ends with a stop byte.
/// </summary>
internal sealed class ThriftCompactWriter(ByteBuffer output)
{
    private const byte BooleanTrue = 1;
    private const byte BooleanFalse = 2;
    private const byte Byte = 3;
    private const byte I16 = 4;
    private const byte I32 = 5;
    private const byte I64 = 6;
    private const byte Binary = 8;
    private const byte List = 9;
    private const byte Struct = 12;

    private readonly Stack<short> _outer = new();
    private short _lastField;

    public ByteBuffer Output => output;

    public void BeginStruct()
    {
        _outer.Push(_lastField);
        _lastField = 0;
    }

    public void EndStruct()
    {
        output.Add(0);
        _lastField = _outer.Pop();
    }

    /// <summary>An i8 field: its one byte as it is, not a varint.</summary>
    public void ByteField(short id, sbyte value)
    {
        FieldHeader(id, Byte);
        output.Add((byte)value);
    }

    public void I32Field(short id, int value)
    {
        FieldHeader(id, I32);
        Varint(ZigZag(value));
    }

    public void I64Field(short id, long value)
    {
        FieldHeader(id, I64);
        Varint(ZigZag(value));
    }

    public void I16Field(short id, short value)
    {
        FieldHeader(id, I16);
        Varint(ZigZag(value));
    }

    public void BoolField(short id, bool value) => FieldHeader(id, value ? BooleanTrue : BooleanFalse);

    public void BinaryField(short id, ReadOnlySpan<byte> value)
    {
        FieldHeader(id, Binary);
        BinaryValue(value);
    }

    public void StringField(short id, string value)
    {
        FieldHeader(id, Binary);
        StringValue(value);
    }

    /// <summary>Announces a struct field; the struct follows, from <see cref="BeginStruct"/> to <see cref="EndStruct"/>.</summary>
    public void StructField(short id) => FieldHeader(id, Struct);

    /// <summary>Announces a list of <paramref name="count"/> structs; each is written between <see cref="BeginStruct"/> and <see cref="EndStruct"/>.</summary>
    public void StructListField(short id, int count) => ListField(id, Struct, count);

    public void I32ListField(short id, ReadOnlySpan<int> values)
    {
        ListField(id, I32, values.Length);
        foreach (var v in values) Varint(ZigZag(v));
    }

    public void StringListField(short id, IReadOnlyList<string> values)
    {
        ListField(id, Binary, values.Count);
        foreach (var v in values) StringValue(v);
    }

    private void ListField(short id, byte elementType, int count)
    {
        FieldHeader(id, List);
        if (count < 15)
        {
            output.Add((byte)((count << 4) | elementType));
        }
        else
        {
            output.Add((byte)(0xF0 | elementType));
            Varint((uint)count);
        }
    }

    private void FieldHeader(short id, byte type)
    {
        var delta = id - _lastField;
        if (delta is > 0 and <= 15)
        {
            output.Add((byte)((delta << 4) | type));
        }
        else
        {
            output.Add(type);
            Varint(ZigZag(id));
        }
        _lastField = id;
    }

    private void BinaryValue(ReadOnlySpan<byte> value)
    {
        Varint((uint)value.Length);
        output.Add(value);
    }

    private void StringValue(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        Varint((uint)length);
        Encoding.UTF8.GetBytes(value, output.Reserve(length));
        output.Advance(length);
    }

    /// <summary>An unsigned integer seven bits a byte, least significant first, the high bit set on every byte but the last.</summary>
    internal void Varint(ulong value)
    {
        while (value >= 0x80)
        {
            output.Add((byte)(value | 0x80));
            value >>= 7;
        }
        output.Add((byte)value);
    }

    /// <summary>A signed integer mapped so that small magnitudes, either sign, are small: 0, -1, 1, -2 become 0, 1, 2, 3.</summary>
    internal static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));

    internal static uint ZigZag(int value) => (uint)((value << 1) ^ (value >> 31));
}
