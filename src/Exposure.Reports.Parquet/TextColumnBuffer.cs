using System.Runtime.CompilerServices;
using System.Text.Unicode;
using System.Text;
using Exposure.Reports.Parquet.Format;

namespace Exposure.Reports.Parquet;

/// <summary>
/// A text column: each row's value kept as its characters in one block per column, with where they start and how
/// many there are, and whether the row has a value at all (null, unknown, is kept apart from empty text). A row whose
/// text is the same as the row before's shares that row's characters. When the chunk is written the block is
/// turned into UTF-8 (in one pass where it is all ASCII) and the chunk is written with a dictionary of its distinct
/// values while they stay under <see cref="MaxDictionaryValues"/> values and <see cref="MaxDictionaryBytes"/> bytes,
/// its pages holding the values' numbers; otherwise PLAIN, each value after its length, in pages of about
/// <see cref="ColumnBuffer{TRow}.PageBytes"/>. A dictionary chunk's statistics give its least and greatest value
/// (UTF-8 bytes compared unsigned); a PLAIN chunk's give only its nulls.
/// </summary>
/// <remarks>
/// Gathering a row only copies characters, so that the thread reading the rows does little more than read them;
/// the encoding is done by the thread writing the file. No string is made per value.
/// </remarks>
internal sealed class TextColumnBuffer<TRow>(TextOf<TRow> get) : ColumnBuffer<TRow>
{
    public const int MaxDictionaryValues = 1 << 16;
    public const int MaxDictionaryBytes = 1 << 20;

    private static readonly ParquetEncoding[] PlainEncodings = [ParquetEncoding.Plain, ParquetEncoding.Rle];
    private static readonly ParquetEncoding[] DictionaryEncodings = [ParquetEncoding.Plain, ParquetEncoding.Rle, ParquetEncoding.RleDictionary];

    private char[] _chars = new char[1024];
    private int _used;
    private int[] _starts = [];
    private int[] _lengths = [];
    private byte[] _defined = [];
    private int _count;
    private int _lastStart;
    private int _lastLength = -1;

    public override void Clear()
    {
        _used = 0;
        _count = 0;
        _lastLength = -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Add(TRow row)
    {
        if (_count == _starts.Length)
        {
            var size = Grown(_starts.Length, _count + 1, ParquetTable<TRow>.RowGroupSize);
            Array.Resize(ref _starts, size);
            Array.Resize(ref _lengths, size);
            Array.Resize(ref _defined, size);
        }
        if (!get(row, out var value))
        {
            _defined[_count] = 0;
            _starts[_count] = 0;
            _lengths[_count++] = 0;
            return;
        }
        _defined[_count] = 1;
        if (value.Length != _lastLength || !value.SequenceEqual(_chars.AsSpan(_lastStart, _lastLength)))
        {
            if (_used + value.Length > _chars.Length) Array.Resize(ref _chars, Grown(_chars.Length, checked(_used + value.Length), Array.MaxLength));
            value.CopyTo(_chars.AsSpan(_used));
            _lastStart = _used;
            _lastLength = value.Length;
            _used += value.Length;
        }
        _starts[_count] = _lastStart;
        _lengths[_count++] = value.Length;
    }

    public override void Write(ParquetFileWriter file, SchemaElement column, int rows, PageScratch scratch)
    {
        var utf8 = ToUtf8(rows, scratch);
        if (Dictionary(utf8, rows, scratch)) WriteDictionary(utf8, file, column, rows, scratch);
        else WritePlain(utf8, file, column, rows, scratch);
    }

    /// <summary>
    /// The values as UTF-8: the block, and where each row's value starts in it and how long it is. All ASCII, the
    /// block is converted whole and the rows' places are those of their characters; otherwise each stretch of
    /// characters is converted once (a lone surrogate becomes U+FFFD).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Utf8Values ToUtf8(int rows, PageScratch scratch)
    {
        var chars = _chars.AsSpan(0, _used);
        var bytes = scratch.Utf8;
        bytes.Clear();
        if (System.Text.Ascii.IsValid(chars))
        {
            System.Text.Ascii.FromUtf16(chars, bytes.Reserve(chars.Length), out var written);
            bytes.Advance(written);
            return new Utf8Values(bytes, _starts, _lengths);
        }
        if (scratch.Starts.Length < rows)
        {
            scratch.Starts = new int[Math.Max(rows, ParquetTable<TRow>.RowGroupSize)];
            scratch.Lengths = new int[scratch.Starts.Length];
        }
        int previousStart = -1, previousLength = -1, byteStart = 0, byteLength = 0;
        for (var r = 0; r < rows; r++)
        {
            if (_defined[r] == 0)
            {
                scratch.Starts[r] = 0;
                scratch.Lengths[r] = 0;
                continue;
            }
            if (_starts[r] != previousStart || _lengths[r] != previousLength)
            {
                (previousStart, previousLength) = (_starts[r], _lengths[r]);
                var value = chars.Slice(previousStart, previousLength);
                byteStart = bytes.Length;
                Utf8.FromUtf16(value, bytes.Reserve(Encoding.UTF8.GetMaxByteCount(value.Length)), out _, out byteLength);
                bytes.Advance(byteLength);
            }
            scratch.Starts[r] = byteStart;
            scratch.Lengths[r] = byteLength;
        }
        return new Utf8Values(bytes, scratch.Starts, scratch.Lengths);
    }

    /// <summary>Numbers the chunk's values by a dictionary of its distinct values; false if they are too many, or none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Dictionary(Utf8Values utf8, int rows, PageScratch scratch)
    {
        var dictionary = scratch.Dictionary;
        dictionary.Clear();
        if (scratch.Indices.Length < rows) scratch.Indices = new int[Math.Max(rows, ParquetTable<TRow>.RowGroupSize)];
        var indices = scratch.Indices;
        var block = utf8.Block.Written;
        var known = 0;
        int previousStart = -1, previousLength = -1, index = 0;
        for (var r = 0; r < rows; r++)
        {
            if (_defined[r] == 0) continue;
            var (start, length) = (utf8.Starts[r], utf8.Lengths[r]);
            // A value sharing the previous value's bytes is the same value.
            if (start != previousStart || length != previousLength)
            {
                index = dictionary.Add(block, start, length);
                if (dictionary.Count > MaxDictionaryValues || dictionary.Bytes > MaxDictionaryBytes) return false;
                (previousStart, previousLength) = (start, length);
            }
            indices[known++] = index;
        }
        return dictionary.Count > 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteDictionary(Utf8Values utf8, ParquetFileWriter file, SchemaElement column, int rows, PageScratch scratch)
    {
        var dictionary = scratch.Dictionary;
        var body = scratch.Body;
        var block = utf8.Block.Written;
        body.Clear();
        int least = 0, greatest = 0;
        for (var i = 0; i < dictionary.Count; i++)
        {
            var value = block.Slice(dictionary.Start(i), dictionary.Length(i));
            Append(value, body);
            if (value.SequenceCompareTo(block.Slice(dictionary.Start(least), dictionary.Length(least))) < 0) least = i;
            if (value.SequenceCompareTo(block.Slice(dictionary.Start(greatest), dictionary.Length(greatest))) > 0) greatest = i;
        }
        file.DictionaryPage(body.Written, dictionary.Count);

        var width = RleBitPackedEncoder.BitWidth(dictionary.Count - 1);
        var perPage = Math.Max(8, (int)Math.Min(int.MaxValue, PageBytes * 8L / width));
        var next = 0;
        for (var start = 0; start < rows; start += perPage)
        {
            var end = Math.Min(rows, start + perPage);
            body.Clear();
            var known = Levels(_defined.AsSpan(start, end - start), body);
            body.Add((byte)width);
            RleBitPackedEncoder.Encode<int>(scratch.Indices.AsSpan(next, known), width, body);
            next += known;
            file.DataPage(body.Written, end - start, ParquetEncoding.RleDictionary);
        }
        var statistics = new Statistics(rows - next,
            block.Slice(dictionary.Start(least), dictionary.Length(least)).ToArray(),
            block.Slice(dictionary.Start(greatest), dictionary.Length(greatest)).ToArray());
        file.EndChunk(column, rows, DictionaryEncodings, statistics);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WritePlain(Utf8Values utf8, ParquetFileWriter file, SchemaElement column, int rows, PageScratch scratch)
    {
        var values = scratch.Values;
        var body = scratch.Body;
        var block = utf8.Block.Written;
        var nulls = 0;
        var start = 0;
        while (start < rows)
        {
            // The page's rows: as many as bring its values to about PageBytes.
            values.Clear();
            var end = start;
            while (end < rows && values.Length < PageBytes)
            {
                if (_defined[end] != 0) Append(block.Slice(utf8.Starts[end], utf8.Lengths[end]), values);
                end++;
            }
            body.Clear();
            var known = Levels(_defined.AsSpan(start, end - start), body);
            nulls += end - start - known;
            body.Add(values.Written);
            file.DataPage(body.Written, end - start, ParquetEncoding.Plain);
            start = end;
        }
        file.EndChunk(column, rows, PlainEncodings, new Statistics(nulls));
    }

    /// <summary>Appends a value PLAIN: its length in four bytes, little-endian, then its bytes.</summary>
    private static void Append(ReadOnlySpan<byte> value, ByteBuffer into)
    {
        var at = into.Length;
        into.Reserve(4 + value.Length);
        into.Advance(4);
        into.SetInt32(at, value.Length);
        into.Add(value);
    }
}
