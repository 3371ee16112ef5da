using System.Runtime.CompilerServices;
using Exposure.Reports.Parquet.Format;

namespace Exposure.Reports.Parquet;

/// <summary>
/// A column of fixed-width values (integers, numbers, dates, money): the known values one after another and, for each
/// row, whether it has one. Written PLAIN, in pages of about <see cref="ColumnBuffer{TRow}.PageBytes"/> bytes of values.
/// </summary>
internal sealed class FixedColumnBuffer<TRow, TValue, TPlain>(Func<TRow, TValue?> get) : ColumnBuffer<TRow>
    where TValue : unmanaged
    where TPlain : IPlainEncoding<TValue>
{
    private static readonly ParquetEncoding[] Encodings = [ParquetEncoding.Plain, ParquetEncoding.Rle];

    private TValue[] _values = [];
    private byte[] _defined = [];
    private int _known;
    private int _count;

    public override void Clear()
    {
        _known = 0;
        _count = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override void Add(TRow row)
    {
        if (_count == _defined.Length)
        {
            var size = Grown(_defined.Length, _count + 1, ParquetTable<TRow>.RowGroupSize);
            Array.Resize(ref _defined, size);
            Array.Resize(ref _values, size);
        }
        if (get(row) is { } value)
        {
            _values[_known++] = value;
            _defined[_count++] = 1;
        }
        else
        {
            _defined[_count++] = 0;
        }
    }

    public override void Write(ParquetFileWriter file, SchemaElement column, int rows, PageScratch scratch)
    {
        var body = scratch.Body;
        var perPage = Math.Max(1, PageBytes / TPlain.Width);
        var next = 0;
        for (var start = 0; start < rows; start += perPage)
        {
            var end = Math.Min(rows, start + perPage);
            body.Clear();
            var known = Levels(_defined.AsSpan(start, end - start), body);
            var into = body.Reserve(known * TPlain.Width);
            TPlain.Write(_values.AsSpan(next, known), into);
            body.Advance(known * TPlain.Width);
            next += known;
            file.DataPage(body.Written, end - start, ParquetEncoding.Plain);
        }
        file.EndChunk(column, rows, Encodings, TPlain.Statistics(_values.AsSpan(0, _known), rows - _known));
    }
}
