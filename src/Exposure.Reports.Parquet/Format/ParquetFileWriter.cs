using System.Buffers.Binary;
using Snappier;

namespace Exposure.Reports.Parquet.Format;

/// <summary>
/// Lays out a Parquet file on a stream written front to back: the magic bytes, then row group after row group of
/// column chunks of Snappy-compressed pages, each after its header, then the footer, its length and the magic bytes
/// again. Keeps count of where everything is, for the footer.
/// </summary>
internal sealed class ParquetFileWriter
{
    private static ReadOnlySpan<byte> Magic => "PAR1"u8;

    private readonly Stream _output;
    private readonly ByteBuffer _compressed = new(1 << 16);
    private readonly ByteBuffer _header = new(64);
    private readonly ThriftCompactWriter _thrift;
    private readonly List<RowGroup> _groups = [];
    private readonly List<ColumnChunk> _chunks = [];
    private long _position;
    private long _rows;
    private long _groupStart;
    private long _chunkStart;
    private long _chunkUncompressed;
    private long _chunkCompressed;
    private long? _dictionaryOffset;
    private long? _dataOffset;

    public ParquetFileWriter(Stream output)
    {
        _output = output;
        _thrift = new ThriftCompactWriter(_header);
        Write(Magic);
    }

    public void BeginRowGroup()
    {
        _chunks.Clear();
        _groupStart = _position;
    }

    public void BeginChunk()
    {
        _chunkStart = _position;
        _chunkUncompressed = 0;
        _chunkCompressed = 0;
        _dictionaryOffset = null;
        _dataOffset = null;
    }

    /// <summary>The chunk's dictionary, PLAIN-encoded: it comes before the chunk's data pages.</summary>
    public void DictionaryPage(ReadOnlySpan<byte> body, int count)
    {
        _dictionaryOffset = _position;
        var size = Compress(body);
        Page(new PageHeader(body.Length, size, Dictionary: new DictionaryPageHeader(count)));
    }

    /// <param name="body">The page as stored before compression: its definition levels, then its values.</param>
    /// <param name="count">Its values, nulls included.</param>
    public void DataPage(ReadOnlySpan<byte> body, int count, ParquetEncoding encoding)
    {
        _dataOffset ??= _position;
        var size = Compress(body);
        Page(new PageHeader(body.Length, size, Data: new DataPageHeader(count, encoding)));
    }

    /// <summary>Compresses a page's body into the buffer <see cref="Page"/> writes from; returns its compressed size.</summary>
    private int Compress(ReadOnlySpan<byte> body)
    {
        _compressed.Clear();
        var size = Snappy.Compress(body, _compressed.Reserve(Snappy.GetMaxCompressedLength(body.Length)));
        _compressed.Advance(size);
        return size;
    }

    /// <summary>Writes the page's header, then its compressed body.</summary>
    private void Page(PageHeader header)
    {
        _header.Clear();
        header.Write(_thrift);
        Write(_header.Written);
        Write(_compressed.Written);
        _chunkUncompressed += _header.Length + header.UncompressedSize;
        _chunkCompressed += _header.Length + header.CompressedSize;
    }

    public void EndChunk(SchemaElement column, int values, IReadOnlyList<ParquetEncoding> encodings, Statistics statistics)
    {
        var data = _dataOffset ?? throw new InvalidOperationException("a column chunk needs a data page");
        _chunks.Add(new ColumnChunk(_chunkStart, new ColumnMetaData(column.Type!.Value, encodings, column.Name, values,
            _chunkUncompressed, _chunkCompressed, data, _dictionaryOffset, statistics)));
    }

    public void EndRowGroup(int rows)
    {
        _groups.Add(new RowGroup([.. _chunks], _chunks.Sum(c => c.MetaData.TotalUncompressedSize), rows, _groupStart,
            _position - _groupStart, checked((short)_groups.Count)));
        _rows += rows;
    }

    /// <summary>Writes the footer: <paramref name="schema"/> is the root then the columns, in the order of every row group's chunks.</summary>
    public void Finish(IReadOnlyList<SchemaElement> schema, IReadOnlyList<KeyValue> metadata, string createdBy)
    {
        _header.Clear();
        new FileMetaData(schema, _rows, _groups, metadata, createdBy).Write(_thrift);
        Write(_header.Written);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, _header.Length);
        Write(length);
        Write(Magic);
        _output.Flush();
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        _output.Write(bytes);
        _position += bytes.Length;
    }
}
