using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Exposure.Pipeline.Output;

/// <summary>
/// Reads back the CSV the screened-out rows are kept in (<see cref="Exposure.Core.Reporting.ScreenedOutCsv"/> writes
/// it): fields separated by commas, a record ended by <c>\n</c>, a field holding a comma, quote, line break or edge space
/// wrapped in quotes with its quotes doubled. Fields come back as character spans of a reused buffer (of the read buffer
/// itself for a record without quotes), so a row costs only the strings its caller makes of them.
/// </summary>
internal sealed class SpillCsvReader : IDisposable
{
    private readonly TextReader _reader;
    private readonly char[] _buffer = new char[1 << 16];
    private int _position;
    private int _end;
    private char[] _field = new char[256];
    private int[] _starts = new int[16];
    private int[] _lengths = new int[16];
    private int _count;
    private int _used;

    /// <summary>Whether the current record's fields are spans of the read buffer itself (a record without quotes, read whole) rather than of the field buffer.</summary>
    private bool _direct;

    /// <param name="file">The spill, open for reading; disposed with the reader.</param>
    public SpillCsvReader(Stream file) =>
        _reader = new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16);

    /// <summary>Fields of the current record.</summary>
    public int Count => _count;

    public ReadOnlySpan<char> this[int index] => index < _count ? (_direct ? _buffer : _field).AsSpan(_starts[index], _lengths[index]) : [];

    /// <summary>Moves to the next record; false at the end of the file.</summary>
    public bool Read()
    {
        _count = 0;
        _used = 0;
        _direct = false;
        if (!Fill()) return false;
        if (ReadWhole()) return true;
        while (true)
        {
            var ended = ReadField();
            if (ended) return true;
        }
    }

    /// <summary>
    /// The common case: a record that ends within the read buffer and holds no quote is split at its commas where it
    /// lies, nothing copied. False, having read nothing, for any other record.
    /// </summary>
    private bool ReadWhole()
    {
        var rest = _buffer.AsSpan(_position, _end - _position);
        var stop = rest.IndexOfAny('\n', '"');
        if (stop < 0 || rest[stop] != '\n') return false;
        var line = rest[..stop];
        var start = 0;
        var i = 0;
        // The commas of 16 characters at a time, as the bits of a mask; then those of the characters left one by one.
        if (Vector256.IsHardwareAccelerated)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(line));
            var comma = Vector256.Create((ushort)',');
            for (; i + Vector256<ushort>.Count <= line.Length; i += Vector256<ushort>.Count)
            {
                var commas = Vector256.Equals(Vector256.LoadUnsafe(ref first, (nuint)i), comma).ExtractMostSignificantBits();
                while (commas != 0)
                {
                    var at = i + BitOperations.TrailingZeroCount(commas);
                    Push(_position + start, at - start);
                    start = at + 1;
                    commas &= commas - 1;
                }
            }
        }
        for (; i < line.Length; i++)
        {
            if (line[i] != ',') continue;
            Push(_position + start, i - start);
            start = i + 1;
        }
        Push(_position + start, line.Length - start);
        _position += stop + 1;
        _direct = true;
        return true;
    }

    /// <summary>Reads one field into the field buffer; true when it ends the record (line break or end of file).</summary>
    private bool ReadField()
    {
        var start = _used;
        if (Fill() && _buffer[_position] == '"')
        {
            _position++;
            while (true)
            {
                if (!Fill()) throw new InvalidDataException("a quoted field is not closed before the end of the file");
                var span = _buffer.AsSpan(_position, _end - _position);
                var quote = span.IndexOf('"');
                if (quote < 0)
                {
                    Append(span);
                    _position = _end;
                    continue;
                }
                Append(span[..quote]);
                _position += quote + 1;
                if (Fill() && _buffer[_position] == '"')
                {
                    Append("\"");
                    _position++;
                    continue;
                }
                break;
            }
        }
        while (true)
        {
            if (!Fill())
            {
                Push(start);
                return true;
            }
            var span = _buffer.AsSpan(_position, _end - _position);
            var stop = span.IndexOfAny(',', '\n');
            if (stop < 0)
            {
                Append(span);
                _position = _end;
                continue;
            }
            Append(span[..stop]);
            _position += stop + 1;
            Push(start);
            return span[stop] == '\n';
        }
    }

    private void Push(int start) => Push(start, _used - start);

    private void Push(int start, int length)
    {
        if (_count == _starts.Length)
        {
            Array.Resize(ref _starts, _count * 2);
            Array.Resize(ref _lengths, _count * 2);
        }
        _starts[_count] = start;
        _lengths[_count] = length;
        _count++;
    }

    private void Append(ReadOnlySpan<char> text)
    {
        if (_used + text.Length > _field.Length) Array.Resize(ref _field, Math.Max(_field.Length * 2, _used + text.Length));
        text.CopyTo(_field.AsSpan(_used));
        _used += text.Length;
    }

    private bool Fill()
    {
        if (_position < _end) return true;
        _end = _reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _end > 0;
    }

    public void Dispose() => _reader.Dispose();
}
