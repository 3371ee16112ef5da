using System.Buffers;
using Exposure.Core;

namespace Exposure.Readers.Csv;

/// <summary>
/// Splits comma-separated text (or text separated by another <see cref="Delimiter"/>) into records and fields (RFC 4180: fields quoted with <c>"</c>, quotes doubled inside them,
/// line breaks CR LF, LF or CR, and line breaks inside quoted fields) over one pooled buffer, without making a string: a
/// field is a span of the buffer, or of a second buffer when its quotes had to be taken out. Strings are made by the caller
/// for the fields it uses.
/// </summary>
/// <remarks>
/// Text that breaks the quoting rules reads as CsvHelper's <c>CsvParser</c> reads it (RFC 4180 mode, blank lines kept as
/// records of one empty field), so that a broken file gives the same records, the same values and the same line counts: a
/// quote inside an unquoted field, or text after a closing quote followed by another quote, marks the field bad and stops
/// quotes from counting in it; a quoted field that does not end in its closing quote is bad too. <see cref="BadField"/> is the
/// record's first bad field as written. A field longer than <see cref="CsvRecords.MaxFieldSize"/> characters (an unclosed
/// quote in a large file, say) stops the reading with a one-line <see cref="DataException"/> naming the line its record
/// starts on, once the buffer holds that much of it.
/// </remarks>
internal sealed class CsvRecordReader : IDisposable
{
    private const char Quote = '"';
    private static readonly SearchValues<char> InQuotes = SearchValues.Create("\"\r\n");
    private static readonly SearchValues<char> CommaFieldEnd = SearchValues.Create(",\"\r\n");
    private static readonly SearchValues<char> CommaBadFieldEnd = SearchValues.Create(",\r\n");

    private readonly TextReader _reader;
    private readonly string _displayName;
    private readonly int _maxFieldSize;
    private char[] _buffer;
    private int _length;
    private int _recordStart;
    private int _recordEnd;
    private bool _endOfText;
    private Field[] _fields = new Field[32];
    private char[] _scratch;
    private int _scratchLength;
    private char _delimiter = ',';
    private int _mark = -1;
    private SearchValues<char> _fieldEnd = CommaFieldEnd;
    private SearchValues<char> _badFieldEnd = CommaBadFieldEnd;

    /// <param name="reader">The text, read from where it stands; disposed with this reader.</param>
    /// <param name="displayName">How errors name the file.</param>
    /// <param name="maxFieldSize">The longest field read, in characters.</param>
    public CsvRecordReader(TextReader reader, string displayName, int maxFieldSize = CsvRecords.MaxFieldSize)
    {
        _reader = reader;
        _displayName = displayName;
        _maxFieldSize = maxFieldSize;
        _buffer = ArrayPool<char>.Shared.Rent(1 << 16);
        _scratch = ArrayPool<char>.Shared.Rent(256);
    }

    /// <summary>
    /// The character between fields: a comma unless set otherwise (a semicolon, a tab, a vertical bar). Set between records,
    /// it applies from the next record on.
    /// </summary>
    public char Delimiter
    {
        get => _delimiter;
        set
        {
            if (value is '"' or '\r' or '\n') throw new ArgumentOutOfRangeException(nameof(value), "a quote or a line break cannot separate fields");
            _delimiter = value;
            _fieldEnd = value == ',' ? CommaFieldEnd : SearchValues.Create([value, Quote, '\r', '\n']);
            _badFieldEnd = value == ',' ? CommaBadFieldEnd : SearchValues.Create([value, '\r', '\n']);
        }
    }

    /// <summary>
    /// Marks the place after the current record: the records read from here on stay in the buffer (which grows for them
    /// if need be) until <see cref="Rewind"/> reads them again. For a look-ahead of a bounded size.
    /// </summary>
    public void Mark() => _mark = _recordEnd;

    /// <summary>The text read since <see cref="Mark"/>, in characters.</summary>
    public int SinceMark => _mark < 0 ? 0 : _recordEnd - _mark;

    /// <summary>Goes back to the place <see cref="Mark"/> marked: the next <see cref="Read"/> reads the record after it again.</summary>
    public void Rewind()
    {
        if (_mark < 0) throw new InvalidOperationException("no place is marked");
        _recordStart = _recordEnd = _mark;
        _mark = -1;
        Count = 0;
        BadField = null;
        _scratchLength = 0;
    }

    /// <summary>The fields of one record of <paramref name="text"/>, separated by <paramref name="delimiter"/>, as strings.</summary>
    public static string[] Split(string text, char delimiter)
    {
        using var reader = new CsvRecordReader(new StringReader(text), "", CsvRecords.MaxFieldSize) { Delimiter = delimiter };
        return reader.Read(1) ? reader.ToStrings() : [];
    }

    /// <summary>The fields of the current record.</summary>
    public int Count { get; private set; }

    /// <summary>The physical lines the current record spans as counted while reading: one, and one more per line break inside quotes.</summary>
    public int Lines { get; private set; }

    /// <summary>The current record's first bad field as the file writes it (quotes and all), or null when its quoting is sound.</summary>
    public string? BadField { get; private set; }

    /// <summary>The current record as the file has it, with its line break.</summary>
    public ReadOnlySpan<char> RawRecord => _buffer.AsSpan(_recordStart, _recordEnd - _recordStart);

    /// <summary>A field of the current record, its quotes taken out (not trimmed).</summary>
    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            ref readonly var f = ref _fields[index];
            return f.InScratch ? _scratch.AsSpan(f.ValueStart, f.ValueLength) : _buffer.AsSpan(_recordStart + f.ValueStart, f.ValueLength);
        }
    }

    /// <summary>The current record's fields as strings.</summary>
    public string[] ToStrings()
    {
        var fields = new string[Count];
        for (var i = 0; i < fields.Length; i++) fields[i] = this[i].ToString();
        return fields;
    }

    /// <summary>Moves to the next record; false at the end of the text.</summary>
    /// <param name="recordLine">The physical line the record starts on, for the message of a field past the limit.</param>
    public bool Read(int recordLine)
    {
        _recordStart = _recordEnd;
        Count = 0;
        Lines = 1;
        BadField = null;
        _scratchLength = 0;
        if (Available(0) == 0 && !Fill()) return false;

        var start = 0;
        while (true)
        {
            var end = ReadField(start, recordLine, out var next);
            if (end == Ending.Field)
            {
                start = next;
                continue;
            }
            if (end == Ending.Line) EndLine(next);
            else _recordEnd = _length;
            Process();
            return true;
        }
    }

    private enum Ending
    {
        Field,
        Line,
        Text,
    }

    /// <summary>
    /// Reads the field starting at <paramref name="start"/> (relative to the record): <see cref="Ending.Field"/> with the next
    /// field's start, <see cref="Ending.Line"/> with the position of its line break, or <see cref="Ending.Text"/> at the end of the text.
    /// </summary>
    private Ending ReadField(int start, int recordLine, out int next)
    {
        next = 0;
        if (Available(start) == 0 && !Fill())
        {
            Add(start, 0, 0, false);
            return Ending.Text;
        }

        var first = At(start);
        var quoted = first == Quote;
        var quotes = quoted ? 1 : 0;
        var inQuotes = quoted;
        var bad = false;
        var p = start;
        if (!quoted)
        {
            if (first == _delimiter || first is '\r' or '\n') return End(start, start, 0, false, out next);
        }
        p = start + 1;

        while (true)
        {
            var span = _buffer.AsSpan(_recordStart + p, _length - _recordStart - p);
            var at = span.IndexOfAny(inQuotes ? InQuotes : bad ? _badFieldEnd : _fieldEnd);
            if (at < 0)
            {
                // Every character up to the end of the buffer is part of the field.
                if (_length - _recordStart - 1 - start > _maxFieldSize) throw TooLong(recordLine);
                p = _length - _recordStart;
                if (!Fill())
                {
                    Add(start, p - start, quotes, bad);
                    return Ending.Text;
                }
                continue;
            }

            var i = p + at;
            if (i - start > _maxFieldSize) throw TooLong(recordLine);
            var c = At(i);
            p = i + 1;
            if (inQuotes)
            {
                if (c == Quote)
                {
                    quotes++;
                    inQuotes = false;
                }
                else if (c == '\r' || At(i - 1) != '\r') Lines++;
                continue;
            }
            if (c == Quote)
            {
                // A quote after the closing one: doubled (the field goes on quoted), or bad data.
                if (quoted)
                {
                    quotes++;
                    if (At(i - 1) == Quote) inQuotes = true;
                    else bad = true;
                }
                else bad = true;
                continue;
            }
            return End(start, i, quotes, bad, out next);
        }
    }

    /// <summary>Ends a field at the delimiter or line break at <paramref name="at"/>.</summary>
    private Ending End(int start, int at, int quotes, bool bad, out int next)
    {
        Add(start, at - start, quotes, bad);
        next = at;
        if (At(at) == _delimiter)
        {
            next = at + 1;
            return Ending.Field;
        }
        return Ending.Line;
    }

    /// <summary>Ends the record after the line break at <paramref name="at"/> (CR LF taken together).</summary>
    private void EndLine(int at)
    {
        var end = at + 1;
        if (At(at) == '\r' && (Available(end) > 0 || Fill()) && At(end) == '\n') end++;
        _recordEnd = _recordStart + end;
    }

    private void Add(int start, int length, int quotes, bool bad)
    {
        if (Count == _fields.Length) Array.Resize(ref _fields, _fields.Length * 2);
        _fields[Count++] = new Field { Start = start, Length = length, Quotes = quotes, Bad = bad };
    }

    /// <summary>Takes the quotes out of every field, in order, noting the first bad one.</summary>
    private void Process()
    {
        for (var i = 0; i < Count; i++)
        {
            ref var f = ref _fields[i];
            f.ValueStart = f.Start;
            f.ValueLength = f.Length;
            f.InScratch = false;
            if (f.Length == 0) continue;
            var raw = _buffer.AsSpan(_recordStart + f.Start, f.Length);
            if (f.Bad)
            {
                ProcessBad(ref f, raw);
                continue;
            }
            if (f.Quotes == 0) continue;
            if (raw[0] != Quote || raw[^1] != Quote || raw.Length == 1)
            {
                ProcessBad(ref f, raw);
                continue;
            }
            f.ValueStart = f.Start + 1;
            f.ValueLength = f.Length - 2;
            if (f.Quotes == 2) continue;

            var inner = raw[1..^1];
            var into = Scratch(inner.Length, out var at);
            var n = 0;
            var escaped = false;
            foreach (var c in inner)
            {
                if (escaped) escaped = false;
                else if (c == Quote)
                {
                    escaped = true;
                    continue;
                }
                into[n++] = c;
            }
            Keep(ref f, at, n);
        }
    }

    /// <summary>A field whose quoting is broken: its text as written, or from a leading quote on with the quote pairs taken as CsvHelper takes them.</summary>
    private void ProcessBad(ref Field f, ReadOnlySpan<char> raw)
    {
        BadField ??= raw.ToString();
        if (raw[0] != Quote) return;
        var into = Scratch(raw.Length, out var at);
        var n = 0;
        var escaped = false;
        var done = false;
        var c = '\0';
        for (var i = 1; i < raw.Length; i++)
        {
            var previous = c;
            c = raw[i];
            if (escaped)
            {
                escaped = false;
                if (c == Quote) continue;
                if (previous == Quote) done = true;
            }
            if (c == Quote && !done)
            {
                escaped = true;
                continue;
            }
            into[n++] = c;
        }
        Keep(ref f, at, n);
    }

    private Span<char> Scratch(int length, out int at)
    {
        if (_scratchLength + length > _scratch.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(_scratch.Length * 2, _scratchLength + length));
            _scratch.AsSpan(0, _scratchLength).CopyTo(larger);
            ArrayPool<char>.Shared.Return(_scratch);
            _scratch = larger;
        }
        at = _scratchLength;
        return _scratch.AsSpan(at, length);
    }

    private void Keep(ref Field f, int at, int length)
    {
        f.ValueStart = at;
        f.ValueLength = length;
        f.InScratch = true;
        _scratchLength = at + length;
    }

    private char At(int relative) => _buffer[_recordStart + relative];

    private int Available(int relative) => _length - _recordStart - relative;

    /// <summary>
    /// Reads more text, keeping the current record (and the text since a <see cref="Mark"/>) at the start of the buffer,
    /// grown when they fill it; false at the end.
    /// </summary>
    private bool Fill()
    {
        if (_endOfText) return false;
        var from = _mark >= 0 ? _mark : _recordStart;
        var keep = _length - from;
        if (from > 0)
        {
            Array.Copy(_buffer, from, _buffer, 0, keep);
            _recordEnd -= from;
            _recordStart -= from;
            if (_mark >= 0) _mark = 0;
        }
        else if (keep == _buffer.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(0, keep).CopyTo(larger);
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = larger;
        }
        _length = keep;
        var n = _reader.Read(_buffer, _length, _buffer.Length - _length);
        if (n == 0)
        {
            _endOfText = true;
            return false;
        }
        _length += n;
        return true;
    }

    private DataException TooLong(int recordLine) => CsvRecords.FieldTooLong(_displayName, recordLine);

    public void Dispose()
    {
        _reader.Dispose();
        if (_buffer.Length > 0) ArrayPool<char>.Shared.Return(_buffer);
        if (_scratch.Length > 0) ArrayPool<char>.Shared.Return(_scratch);
        _buffer = [];
        _scratch = [];
        _length = _recordStart = _recordEnd = 0;
        _endOfText = true;
    }

    private struct Field
    {
        public int Start;
        public int Length;
        public int Quotes;
        public bool Bad;
        public int ValueStart;
        public int ValueLength;
        public bool InScratch;
    }
}
