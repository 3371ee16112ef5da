using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Exposure.Core;

namespace Exposure.Readers.Csv;

/// <summary>
/// A CSV file with a header row that must be well formed (a list folder's files, review decisions, exchange rates):
/// every record has as many fields as the header, quotes are closed, fields are at most
/// <see cref="CsvRecords.MaxFieldSize"/> characters. Anything else stops with a one-line <see cref="DataException"/>
/// naming the file, the line the record starts on and the problem, never the parser's own state. Blank lines are skipped.
/// </summary>
public sealed class GuardedCsvReader : IDisposable
{
    private readonly CsvParser _parser;
    private readonly string _displayName;
    private Dictionary<string, int>? _columns;
    private string[] _record = [];
    private string? _bad;
    private int _lastLine;

    /// <param name="reader">The text, read from the start; disposed with this reader.</param>
    /// <param name="displayName">How errors name the file.</param>
    /// <param name="delimiter">The character between fields: a comma, unless the file's header shows another (<see cref="HeaderDelimiter"/>).</param>
    public GuardedCsvReader(TextReader reader, string displayName, char delimiter = ',')
    {
        _displayName = displayName;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = false,
            Delimiter = delimiter.ToString(),
            IgnoreBlankLines = false,
            BadDataFound = args => _bad ??= args.Field,
        }.Limit();
        _parser = new CsvParser(reader, config);
    }

    /// <summary>The header's column names as written (trimmed), or null before <see cref="ReadHeader"/> or for an empty file.</summary>
    public string[]? HeaderRecord { get; private set; }

    /// <summary>The physical line the current record starts on (the header is line 1 when nothing comes before it).</summary>
    public int Line { get; private set; }

    /// <summary>Physical lines read so far: after the last record, the file's lines.</summary>
    public int Lines => _lastLine;

    /// <summary>Reads the first record that is not a blank line as the header; false for a file without one.</summary>
    public bool ReadHeader()
    {
        if (!Next()) return false;
        HeaderRecord = _record.Select(h => h.Trim()).ToArray();
        _columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < HeaderRecord.Length; i++) _columns.TryAdd(HeaderRecord[i], i);
        return true;
    }

    /// <summary>Moves to the next record that is not a blank line; false at the end of the file.</summary>
    public bool Read()
    {
        if (HeaderRecord is null) throw new InvalidOperationException("read the header first");
        if (!Next()) return false;
        if (_record.Length != HeaderRecord.Length && (_record.Length < FieldsRequired || _record.Length > HeaderRecord.Length))
            throw new DataException(_displayName, Line, string.Create(CultureInfo.InvariantCulture,
                $"the row has {_record.Length} {(_record.Length == 1 ? "field" : "fields")} where the header has {HeaderRecord.Length}"));
        return true;
    }

    /// <summary>
    /// The fields a row must have, where its last columns are optional: a shorter row than the header, down to this many
    /// fields, reads its missing fields as absent. The header's width unless set.
    /// </summary>
    public int FieldsRequired { get; set; } = int.MaxValue;

    /// <summary>Whether the header has the column.</summary>
    public bool Has(string column) => _columns?.ContainsKey(column) == true;

    /// <summary>The current record's field in a column, as written; null when the header has no such column.</summary>
    public string? GetField(string column) => _columns is not null && _columns.TryGetValue(column, out var i) && i < _record.Length ? _record[i] : null;

    private bool Next()
    {
        while (true)
        {
            _bad = null;
            if (!_parser.Next(_displayName, _lastLine + 1)) return false;
            Line = _lastLine + 1;
            _record = _parser.Record ?? [];
            if (_bad is not null)
            {
                _lastLine += CsvRecords.PhysicalLines(_parser.RawRecord);
                throw new DataException(_displayName, Line, CsvRecords.QuotingProblem(_bad));
            }
            _lastLine = _parser.RawRow;
            if (_record.Length == 1 && _record[0].Length == 0) continue;
            return true;
        }
    }

    public void Dispose() => _parser.Dispose();
}
