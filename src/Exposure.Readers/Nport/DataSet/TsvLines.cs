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

    /// <summary>
    /// Takes the lines that follow, whole, as one block of about <paramref name="size"/> bytes (more only for a single
    /// longer line), copied into an array rented from the shared pool, which the caller returns. Line endings stay in the
    /// block (<see cref="LineAt"/> splits it); a last line without an ending counts. For the lines
    /// after the header, read with <see cref="Next"/>. False at the end of the table.
    /// </summary>
    public bool NextBlock(int size, out byte[] block, out int length, out int firstLine, out int lines)
    {
        while (true)
        {
            var pending = _buffer.AsSpan(_start, _end - _start);
            var window = pending.Length > size ? pending[..size] : pending;
            var last = window.LastIndexOf((byte)'\n');
            if (last < 0 && pending.Length > size) last = pending.IndexOf((byte)'\n');
            int take;
            if (last >= 0 && (pending.Length >= size || _eof)) take = last + 1;
            else if (_eof)
            {
                if (pending.IsEmpty)
                {
                    (block, length, firstLine, lines) = ([], 0, Line + 1, 0);
                    return false;
                }
                take = pending.Length;
            }
            else
            {
                Fill();
                continue;
            }
            block = ArrayPool<byte>.Shared.Rent(take);
            pending[..take].CopyTo(block);
            length = take;
            firstLine = Line + 1;
            lines = pending[..take].Count((byte)'\n') + (pending[take - 1] == (byte)'\n' ? 0 : 1);
            Line += lines;
            _start += take;
            return true;
        }
    }

    /// <summary>The line of <paramref name="block"/> (as <see cref="NextBlock"/> gives it) that starts at <paramref name="at"/>, without its ending; <paramref name="at"/> moves to the next.</summary>
    public static ReadOnlySpan<byte> LineAt(ReadOnlySpan<byte> block, ref int at)
    {
        var rest = block[at..];
        var end = rest.IndexOf((byte)'\n');
        var line = end < 0 ? rest : rest[..end];
        at += end < 0 ? rest.Length : end + 1;
        return line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;
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
