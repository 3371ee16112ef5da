using System.Text;
using Exposure.Reports.Parquet.Format;

namespace Exposure.Reports.Parquet;

/// <summary>
/// A text column: each row's value as UTF-8, one after another in one block, with where each ends and whether the
/// row has a value at all (null, unknown, is kept apart from empty text). A chunk is written with a dictionary of
/// its distinct values while they stay under <see cref="MaxDictionaryValues"/> values and
/// <see cref="MaxDictionaryBytes"/> bytes, its pages holding the values' numbers; otherwise PLAIN, each value after
/// its length. A dictionary chunk's statistics give its least and greatest value (bytes compared unsigned); a PLAIN
/// chunk's give only its nulls.
/// </summary>
internal sealed class TextColumnBuffer<TRow>(Func<TRow, string?> get) : ColumnBuffer<TRow>
{
    public const int MaxDictionaryValues = 1 << 16;
    public const int MaxDictionaryBytes = 1 << 20;

    private static readonly ParquetEncoding[] PlainEncodings = [ParquetEncoding.Plain, ParquetEncoding.Rle];
    private static readonly ParquetEncoding[] DictionaryEncodings = [ParquetEncoding.Plain, ParquetEncoding.Rle, ParquetEncoding.RleDictionary];

    private byte[] _utf8 = new byte[1024];
    private int _used;
    private int[] _ends = [];
    private byte[] _defined = [];
    private int _count;

    public override void Clear()
    {
        _used = 0;
        _count = 0;
    }

    public override void Add(TRow row)
    {
        if (_count == _ends.Length)
        {
            var size = Grown(_ends.Length, _count + 1, ParquetTable<TRow>.RowGroupSize);
            Array.Resize(ref _ends, size);
            Array.Resize(ref _defined, size);
        }
        var value = get(row);
        if (value is null)
        {
            _defined[_count] = 0;
        }
        else
        {
            _defined[_count] = 1;
            if (value.Length > 0)
            {
                var most = (long)_used + (value.Length * 3L);
                if (most > _utf8.Length) Array.Resize(ref _utf8, Grown(_utf8.Length, (int)Math.Min(Array.MaxLength, most), Array.MaxLength));
                _used += Encoding.UTF8.GetBytes(value, _utf8.AsSpan(_used));
            }
        }
        _ends[_count++] = _used;
    }

    public override void Write(ParquetFileWriter file, SchemaElement column, int rows, PageScratch scratch)
    {
        if (Dictionary(rows, scratch)) WriteDictionary(file, column, rows, scratch);
        else WritePlain(file, column, rows, scratch);
    }

    /// <summary>Numbers the chunk's values by a dictionary of its distinct values; false if they are too many, or none.</summary>
    private bool Dictionary(int rows, PageScratch scratch)
    {
        var dictionary = scratch.Dictionary;
        dictionary.Clear();
        if (scratch.Indices.Length < rows) scratch.Indices = new int[Math.Max(rows, ParquetTable<TRow>.RowGroupSize)];
        var indices = scratch.Indices;
        var block = _utf8.AsSpan(0, _used);
        var known = 0;
        var start = 0;
        for (var r = 0; r < rows; r++)
        {
            var end = _ends[r];
            if (_defined[r] != 0)
            {
                indices[known++] = dictionary.Add(block, start, end - start);
                if (dictionary.Count > MaxDictionaryValues || dictionary.Bytes > MaxDictionaryBytes) return false;
            }
            start = end;
        }
        return dictionary.Count > 0;
    }

    private void WriteDictionary(ParquetFileWriter file, SchemaElement column, int rows, PageScratch scratch)
    {
        var dictionary = scratch.Dictionary;
        var body = scratch.Body;
        var block = _utf8.AsSpan(0, _used);
        body.Clear();
        int least = 0, greatest = 0;
        for (var i = 0; i < dictionary.Count; i++)
        {
            var value = block.Slice(dictionary.Start(i), dictionary.Length(i));
            var at = body.Length;
            body.Reserve(4 + value.Length);
            body.Advance(4);
            body.SetInt32(at, value.Length);
            body.Add(value);
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

    private void WritePlain(ParquetFileWriter file, SchemaElement column, int rows, PageScratch scratch)
    {
        var body = scratch.Body;
        var block = _utf8.AsSpan(0, _used);
        var nulls = 0;
        var start = 0;
        while (start < rows)
        {
            // The page's rows: as many as bring its values to about PageBytes.
            var end = start;
            long bytes = 0;
            var from = start == 0 ? 0 : _ends[start - 1];
            while (end < rows && (end == start || bytes < PageBytes))
            {
                if (_defined[end] != 0) bytes += 4 + _ends[end] - (end == 0 ? 0 : _ends[end - 1]);
                end++;
            }
            body.Clear();
            var known = Levels(_defined.AsSpan(start, end - start), body);
            nulls += end - start - known;
            body.Reserve((int)bytes);
            var at = from;
            for (var r = start; r < end; r++)
            {
                if (_defined[r] == 0) continue;
                var length = _ends[r] - at;
                var offset = body.Length;
                body.Reserve(4 + length);
                body.Advance(4);
                body.SetInt32(offset, length);
                body.Add(block.Slice(at, length));
                at = _ends[r];
            }
            file.DataPage(body.Written, end - start, ParquetEncoding.Plain);
            start = end;
        }
        file.EndChunk(column, rows, PlainEncodings, new Statistics(nulls));
    }
}
