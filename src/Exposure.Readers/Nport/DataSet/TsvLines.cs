using System.Buffers;
using System.Text;
using Exposure.Core;

namespace Exposure.Readers.Nport.DataSet;

/// <summary>
/// Reads a tab-separated UTF-8 table of an N-PORT data set one physical line at a time, as bytes, without decoding what
/// is not asked for. Lines end at LF (a CR before it is dropped); a last line without an ending counts. A line longer
/// than <see cref="MaxLineBytes"/> is refused, so a file without line breaks cannot exhaust memory.
/// </summary>
internal sealed class TsvLines : IDisposable
{
    public const int MaxLineBytes = 1 << 20;
    private const int BufferBytes = 1 << 16;

    private readonly Stream _stream;
    private readonly string _displayName;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferBytes);
    private int _start;
    private int _end;
    private bool _eof;
    private int _lineStart;
    private int _lineLength;

    public TsvLines(Stream stream, string displayName)
    {
        _stream = stream;
        _displayName = displayName;
    }

    /// <summary>The physical line the current line is (1 for the header).</summary>
    public int Line { get; private set; }

    /// <summary>The current line, without its ending.</summary>
    public ReadOnlySpan<byte> Current => _buffer.AsSpan(_lineStart, _lineLength);

    /// <summary>Moves to the next line; false at the end of the table.</summary>
    public bool Next()
    {
        while (true)
        {
            var at = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (at >= 0)
            {
                Take(at, at + 1);
                return true;
            }
            if (_eof)
            {
                if (_end == _start) return false;
                Take(_end - _start, _end - _start);
                return true;
            }
            Fill();
        }
    }

    private void Take(int length, int consumed)
    {
        _lineStart = _start;
        _lineLength = length > 0 && _buffer[_start + length - 1] == (byte)'\r' ? length - 1 : length;
        if (Line == 0 && _lineLength >= 3 && _buffer.AsSpan(_lineStart, 3).SequenceEqual("\uFEFF"u8))
        {
            _lineStart += 3;
            _lineLength -= 3;
        }
        _start += consumed;
        Line++;
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxLineBytes)
                throw new DataException(_displayName, Line + 1, $"a line is longer than {MaxLineBytes / (1024 * 1024)} MiB; not an N-PORT data set table");
            var bigger = ArrayPool<byte>.Shared.Rent(Math.Min(_buffer.Length * 2, MaxLineBytes));
            Buffer.BlockCopy(_buffer, 0, bigger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }
        int n;
        try
        {
            n = _stream.Read(_buffer, _end, _buffer.Length - _end);
        }
        catch (InvalidDataException e)
        {
            throw new DataException(_displayName, Line + 1, $"the zip archive is damaged: {OneLine(e.Message)}");
        }
        if (n == 0) _eof = true;
        _end += n;
    }

    public void Dispose()
    {
        _stream.Dispose();
        if (_buffer.Length > 0) ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    /// <summary>Splits a line at tabs into <paramref name="fields"/> (start, length); returns the number of fields.</summary>
    public static int Split(ReadOnlySpan<byte> line, Span<Range> fields)
    {
        var count = 0;
        var start = 0;
        while (true)
        {
            var tab = line[start..].IndexOf((byte)'\t');
            var end = tab < 0 ? line.Length : start + tab;
            if (count < fields.Length) fields[count] = new Range(start, end);
            count++;
            if (tab < 0) return count;
            start = end + 1;
        }
    }

    /// <summary>The field as text, trimmed; null when empty.</summary>
    public static string? Text(ReadOnlySpan<byte> field)
    {
        var trimmed = field.Trim((byte)' ');
        return trimmed.IsEmpty ? null : Encoding.UTF8.GetString(trimmed);
    }

    internal static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
