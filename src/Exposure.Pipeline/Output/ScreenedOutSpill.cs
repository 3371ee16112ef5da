using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.ExceptionServices;
using Exposure.Core.Holdings;
using Exposure.Core.Reporting;
using Exposure.Pipeline.Reading;
using Exposure.Readers.Csv;

namespace Exposure.Pipeline.Output;

/// <summary>
/// Keeps a run's unmatched and excluded holdings out of memory: written as the files are read, in the layout of
/// <c>unmatched.csv</c> and <c>excluded.csv</c> (<see cref="ScreenedOutCsv"/>), so the CSV renderer moves them into
/// the report set as they are and other renderers read them back in order, from wherever they are.
/// </summary>
internal sealed class ScreenedOutSpill : ScreenedOutRows, IScreenedOutCsvFiles, IDisposable
{
    /// <summary>Rows handed to the writing thread at a time, and how many such batches may wait for it.</summary>
    private const int BatchSize = 1024;
    private const int WaitingBatches = 8;

    private string _unmatchedPath;
    private string _excludedPath;
    private bool _unmatchedPlaced;
    private bool _excludedPlaced;
    private readonly BatchQueue<(Pending[] Rows, int Count)> _queue = new(WaitingBatches);
    private readonly Thread _writer;

    /// <summary>Batches the writing thread has written and emptied, for the screening thread to fill again.</summary>
    private readonly ConcurrentQueue<Pending[]> _free = new();

    /// <summary>Held while a file of rows is opened for reading or moved, so that no reader opens a path just left.</summary>
    private readonly Lock _placing = new();
    private ScreenedOutCsvWriter? _unmatched;
    private ScreenedOutCsvWriter? _excluded;
    private Pending[] _batch = new Pending[BatchSize];
    private int _filled;
    private ExceptionDispatchInfo? _failure;
    private bool _open = true;

    public ScreenedOutSpill(string folder)
    {
        _unmatchedPath = Path.Combine(folder, "spill-" + ScreenedOutCsv.UnmatchedFile);
        _excludedPath = Path.Combine(folder, "spill-" + ScreenedOutCsv.ExcludedFile);
        _unmatched = Open(_unmatchedPath);
        _excluded = Open(_excludedPath);
        _writer = new Thread(Write) { IsBackground = true, Name = "exposure screened-out rows" };
        _writer.Start();
    }

    public override bool Available => true;

    /// <summary>
    /// Adds a row; it is written, in the order rows are added, on a thread of its own, so that the thread screening the
    /// rows does not format them. A failure to write is raised by a later call, or by <see cref="Complete"/>.
    /// </summary>
    /// <param name="file">The holdings file's name as reports publish it.</param>
    public void Add(string fundId, string file, HoldingRow row, RowState state, string reason)
    {
        if (!_open) throw new InvalidOperationException("the screened-out rows are closed for writing");
        _failure?.Throw();
        _batch[_filled++] = new Pending(fundId, file, row, state, reason);
        if (_filled == BatchSize) Hand();
    }

    /// <summary>Ends writing; the rows can then be read back, as often as renderers need.</summary>
    public void Complete()
    {
        Close();
        _failure?.Throw();
    }

    /// <summary>Writes what was added, waits for the writing thread and closes the files.</summary>
    private void Close()
    {
        if (!_open) return;
        _open = false;
        if (_filled > 0) Hand();
        _queue.Add(([], -1));
        _writer.Join();
        _unmatched?.Dispose();
        _excluded?.Dispose();
        _unmatched = _excluded = null;
    }

    private void Hand()
    {
        _queue.Add((_batch, _filled));
        _batch = _free.TryDequeue(out var emptied) ? emptied : new Pending[BatchSize];
        _filled = 0;
    }

    /// <summary>The writing thread: every batch in order; after a failure the rest are taken and dropped, and the failure kept for the caller.</summary>
    private void Write()
    {
        while (_queue.Take() is var (rows, count) && count >= 0)
        {
            if (_failure is not null) continue;
            try
            {
                for (var i = 0; i < count; i++)
                {
                    var (fundId, file, row, state, reason) = rows[i];
                    (state == RowState.Excluded ? _excluded! : _unmatched!).Write(fundId, file, row, state, reason);
                }
                Array.Clear(rows, 0, count);
                _free.Enqueue(rows);
            }
            catch (Exception e)
            {
                _failure = ExceptionDispatchInfo.Capture(e);
            }
        }
    }

    private readonly record struct Pending(string FundId, string File, HoldingRow Row, RowState State, string Reason);

    /// <summary>
    /// Gives the rows of funds whose ids changed once every fund was read (two funds of one name, their ids given by their
    /// files: <c>ExposureBuilder.RenamedIds</c>) their ids in the report: the rows are written again, only then.
    /// </summary>
    public void Rename(IReadOnlyDictionary<string, string> ids)
    {
        EnsureComplete();
        if (ids.Count == 0) return;
        foreach (var state in (ReadOnlySpan<RowState>)[RowState.Unmatched, RowState.Excluded])
        {
            var path = PathOf(state);
            var renamed = path + ".renamed";
            using (var writer = Open(renamed))
            {
                foreach (var row in Read(state)) writer.Write(ids.TryGetValue(row.FundId, out var id) ? row with { FundId = id } : row);
            }

            File.Move(renamed, path, overwrite: true);
        }
    }

    public override IEnumerable<ScreenedOutLine> Unmatched() => Read(RowState.Unmatched);

    public override IEnumerable<ScreenedOutLine> Excluded() => Read(RowState.Excluded);

    private ref string PathOf(RowState state) => ref state == RowState.Excluded ? ref _excludedPath : ref _unmatchedPath;

    /// <remarks>
    /// Renderers may run at once: a file is moved only while no reader is opening it (<see cref="_placing"/>); one already
    /// open reads on from where it went.
    /// </remarks>
    public void PlaceCsv(RowState state, string path)
    {
        EnsureComplete();
        lock (_placing) Place(state, path);
    }

    private void Place(RowState state, string path)
    {
        ref var kept = ref PathOf(state);
        ref var placed = ref state == RowState.Excluded ? ref _excludedPlaced : ref _unmatchedPlaced;
        if (string.Equals(Path.GetFullPath(kept), Path.GetFullPath(path), StringComparison.Ordinal)) return;
        if (placed)
        {
            File.Copy(kept, path, overwrite: true);
            return;
        }
        File.Move(kept, path, overwrite: true);
        kept = path;
        placed = true;
    }

    public void CopyCsv(RowState state, Stream output)
    {
        EnsureComplete();
        using var file = OpenRead(state);
        file.CopyTo(output, 1 << 16);
    }

    /// <summary>The rows, read from where the file is when the reading starts: the records (<see cref="Records"/>) as lines.</summary>
    private IEnumerable<ScreenedOutLine> Read(RowState state)
    {
        // Fund, file, reason, asset class and currency repeat from row to row: the previous string is kept when the text is the same.
        string? fundId = null, file = null, reason = null, assetClass = null, currency = null;
        foreach (var r in Records(state))
        {
            fundId = Same(r.FundId, fundId);
            file = Text(r.File, ref file);
            yield return new ScreenedOutLine(
                fundId, file!, r.Line, state, Text(r.Reason, ref reason) ?? "",
                Text(r, ScreenedOutText.Name), Text(r, ScreenedOutText.Ticker), Text(r, ScreenedOutText.Exchange), Text(r, ScreenedOutText.Isin),
                Text(r, ScreenedOutText.Cusip), Text(r, ScreenedOutText.Sedol), Text(r, ScreenedOutText.AssetClass, ref assetClass),
                Text(r, ScreenedOutText.Currency, ref currency), r.MarketValue, r.WeightPercentInFile);
        }
    }

    /// <summary>
    /// The rows as records over the reader's own buffer, read from where the file is when the reading starts: the values
    /// <see cref="Read"/> gives, with no string made per field.
    /// </summary>
    public override IEnumerable<ScreenedOutRecord> Records(RowState state)
    {
        EnsureComplete();
        string path;
        FileStream stream;
        lock (_placing)
        {
            path = PathOf(state);
            stream = OpenRead(state);
        }
        using var csv = new SpillCsvReader(stream);
        var record = new SpillRecord(csv, state);
        csv.Read();
        while (csv.Read())
        {
            if (csv.Count != ScreenedOutCsv.Columns.Length)
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{path}: a row of {csv.Count} fields, where {ScreenedOutCsv.Columns.Length} were written"));
            record.Next();
            yield return record;
        }
    }

    /// <summary>A text field as written, less the apostrophe <c>FormulaGuard.ForCsv</c> added to guard it.</summary>
    private static ReadOnlySpan<char> Unguarded(ReadOnlySpan<char> field) => !field.IsEmpty && field[0] == '\'' ? field[1..] : field;

    /// <summary>The current row of a reader as a record; its numbers are read once per row (<see cref="Next"/>).</summary>
    private sealed class SpillRecord(SpillCsvReader csv, RowState state) : ScreenedOutRecord
    {
        private int _line;
        private decimal? _value;
        private decimal? _weight;

        public void Next()
        {
            _line = int.Parse(csv[2], CultureInfo.InvariantCulture);
            _value = Number(csv[13]);
            _weight = Number(csv[14]);
        }

        public override ReadOnlySpan<char> FundId => csv[0];
        public override ReadOnlySpan<char> File => Unguarded(csv[1]);
        public override int Line => _line;
        public override RowState State => state;
        public override ReadOnlySpan<char> Reason => Unguarded(csv[4]);
        public override decimal? MarketValue => _value;
        public override decimal? WeightPercentInFile => _weight;

        public override bool TryText(ScreenedOutText column, out ReadOnlySpan<char> value)
        {
            value = Unguarded(csv[5 + (int)column]);
            return !value.IsEmpty;
        }
    }

    /// <summary>The rows' file where it is now, open for reading; it may be moved (placed) while open.</summary>
    private FileStream OpenRead(RowState state) =>
        new(PathOf(state), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16, FileOptions.SequentialScan);

    private void EnsureComplete()
    {
        if (_unmatched is not null) throw new InvalidOperationException("the screened-out rows are still being written");
    }

    private static string Same(ReadOnlySpan<char> field, string? previous) =>
        previous is not null && field.SequenceEqual(previous) ? previous : field.ToString();

    private static string? Text(ScreenedOutRecord record, ScreenedOutText column) => record.TryText(column, out var text) ? text.ToString() : null;

    private static string? Text(ScreenedOutRecord record, ScreenedOutText column, ref string? previous) =>
        record.TryText(column, out var text) ? Text(text, ref previous) : null;

    /// <summary>Text as a record gives it (guard taken off), null when empty; <paramref name="previous"/> when the text is the same.</summary>
    private static string? Text(ReadOnlySpan<char> text, ref string? previous)
    {
        if (text.IsEmpty) return null;
        if (previous is null || !text.SequenceEqual(previous)) previous = text.ToString();
        return previous;
    }

    /// <summary>An amount as the spill writes it; the common plain form is read without the general parser, to the same decimal.</summary>
    internal static decimal? Number(ReadOnlySpan<char> field)
    {
        if (field.IsEmpty) return null;
        return NumberParser.TryParsePlain(field, out var value) ? value : decimal.Parse(field, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
    }

    private static ScreenedOutCsvWriter Open(string path) =>
        new(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0));

    public void Dispose() => Close();
}
