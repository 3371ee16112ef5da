using System.Buffers;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text;
using Exposure.Core;
using Exposure.Core.Holdings;

namespace Exposure.Readers.Nport.DataSet;

/// <summary>
/// Reads an SEC Form N-PORT data set (the quarterly <c>{year}q{quarter}_nport.zip</c>, or the folder it was unpacked to):
/// every fund of the US fund market that filed in the quarter, with its holdings. See docs/nport-datasets.md.
/// <para>
/// Each chosen filing (<see cref="FilingChoice"/>) becomes a fund: <see cref="FundDetected"/> with the series name (or the
/// registrant's), the registrant, its CIK, the series id, the accession number, the report date and the net assets,
/// followed at once by all of that filing's holdings. The lines of FUND_REPORTED_HOLDING.tsv are accounted for exactly
/// once: the header and the rows of filings that were not chosen (superseded by an amendment or a later month) are
/// <see cref="NotAHolding"/> with the reason, rows of filings the data set does not describe are <see cref="Rejected"/>,
/// and <see cref="EndOfFile"/> gives the table's physical lines. Each holding's <see cref="SourceLocation"/> names the
/// table and line, and the row keeps its HOLDING_ID, so any finding can be traced to the filing.
/// </para>
/// <para>
/// Tables are read straight from the zip, streamed: SUBMISSION, REGISTRANT and FUND_REPORTED_INFO into memory (one
/// entry per filing), IDENTIFIERS and DEBT_SECURITY compactly (<see cref="IdentifierIndex"/>, <see cref="DebtSecurities"/>)
/// and the derivative tables by holding id (<see cref="DerivativeTerms"/>) on two more threads while the holdings table
/// is read once for the filing of each line (<see cref="HoldingsIndex"/>), then the holdings table again for the
/// holdings: one thread decompresses it a block of lines at a time and parsing threads
/// (one per core) make the blocks' rows into holdings, passing each through the caller's own work where it gives some
/// (<see cref="IParallelItems.Prepared"/>); the blocks are taken back in table order, so the items are the same, in the
/// same order, whatever the number of threads and their timing.
/// </para>
/// </summary>
public static class NportDataSetReader
{
    public const string Layout = "SEC N-PORT data set";

    /// <summary>True for a zip with FUND_REPORTED_HOLDING.tsv inside, or a folder holding it.</summary>
    public static bool IsDataSet(string path) => DataSetSource.IsDataSet(path);

    /// <summary>False for a zip whose directory cannot be read (cut short or damaged): what it holds cannot be known.</summary>
    public static bool IsReadableZip(string path) => DataSetSource.IsReadableZip(path);

    /// <param name="path">The data set zip, or the folder its tables were unpacked to.</param>
    /// <param name="displayName">How errors and reports name the data set (the path as the user gave it).</param>
    /// <param name="months">Only each series' latest report (default), or every month it reported.</param>
    /// <param name="limits">How much the zip may unpack to, and how scattered a filing's rows may be.</param>
    /// <param name="progress">Told what each preparatory step found, as it ends (for a terminal or a benchmark); it may be called from another thread.</param>
    /// <param name="workers">Threads parsing the holdings table (besides the one decompressing it); null for one per core. The items are the same whatever the number.</param>
    /// <returns>The items; <see cref="IParallelItems.Prepared"/> runs a caller's per-item work on the parsing threads.</returns>
    public static IParallelItems Read(string path, string displayName, NportMonths months = NportMonths.Latest, DataSetLimits? limits = null,
        Action<string>? progress = null, int? workers = null) =>
        ReadInBlocks(path, displayName, months, limits, progress, workers, BlockBytes);

    /// <summary>As <see cref="Read"/>, with the holdings table handed to the parsing threads <paramref name="blockBytes"/> at a time (small blocks for tests).</summary>
    internal static IParallelItems ReadInBlocks(string path, string displayName, NportMonths months, DataSetLimits? limits, Action<string>? progress, int? workers, int blockBytes)
    {
        if (!File.Exists(path) && !Directory.Exists(path)) throw new DataException(displayName, null, "file not found");
        return new Items(path, displayName, months, limits ?? DataSetLimits.Default, progress, Math.Max(1, workers ?? Environment.ProcessorCount), Math.Max(1, blockBytes));
    }

    /// <summary>Bytes of the holdings table handed to a parsing thread at a time.</summary>
    private const int BlockBytes = 256 * 1024;

    /// <summary>The currency of every amount the data sets give.</summary>
    internal const string DataSetCurrency = "USD";

    private sealed class Items(string path, string displayName, NportMonths months, DataSetLimits limits, Action<string>? progress, int workers, int blockBytes) : IParallelItems
    {
        public IEnumerable<T> Prepared<T>(Func<ReadItem, T> prepare) => ReadExisting(path, displayName, months, limits, progress, workers, blockBytes, prepare);

        public IEnumerator<ReadItem> GetEnumerator() => Prepared(item => item).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private sealed class Group<T>(Filing filing, int order)
    {
        public Filing Filing { get; } = filing;
        public int Order { get; } = order;
        public int FirstOwnLine { get; set; } = int.MaxValue;
        public int FirstLine { get; set; } = int.MaxValue;
        public int Expected { get; set; }
        public int Emitted { get; set; }
        public List<(int Start, int Count, string Reason)> Superseded { get; } = [];
        public List<T>? Held { get; set; }
        public long HeldBytes { get; set; }
        public bool Done => Emitted == Expected;
    }

    /// <summary>
    /// A block of lines of the holdings table and what a parsing thread made of it: each line of a chosen filing parsed and
    /// prepared, with its fund; <see cref="Error"/> when a line differs from the first reading, or the caller's work failed
    /// (raised after the entries before it).
    /// </summary>
    private sealed class Block<T>(byte[] bytes, int length, int firstLine, int lines)
    {
        public byte[] Bytes { get; } = bytes;
        public int Length { get; } = length;
        public int FirstLine { get; } = firstLine;
        public int Lines { get; } = lines;
        public List<(int Line, int Bytes, Group<T> Group, T Item)> Entries { get; set; } = null!;
        public ExceptionDispatchInfo? Error { get; set; }
    }

    private static IEnumerable<T> ReadExisting<T>(string path, string displayName, NportMonths months, DataSetLimits limits, Action<string>? progress, int workers,
        int blockBytes, Func<ReadItem, T> prepare)
    {
        using var source = DataSetSource.Open(path, displayName, limits);
        var holdingsName = source.Name(DataSetSource.HoldingsTable);
        var (byAccession, filings) = FilingTables.Read(source);
        progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"filings: {filings.Count:N0} in {FilingTables.Submission}"));
        var (identifiers, debt, derivatives, index) = Prepare(path, displayName, limits, source, byAccession, filings, progress);
        var decisions = FilingChoice.Decide(filings, months);

        bool Chosen(Filing f) => f.IsReport && decisions[f.Index] is null;
        var groupOf = new Group<T>?[filings.Count];
        var groups = new List<Group<T>>();
        Group<T> GroupOf(Filing f) => groupOf[f.Index] ??= Add(groups, new Group<T>(f, groups.Count));
        var blank = new List<(int Start, int Count)>();
        var unusable = new List<(int Line, string Reason, RejectionKind Kind)>();

        foreach (var run in index.Runs)
        {
            if (run.Filing < 0)
            {
                blank.Add((run.Start, run.Count));
                continue;
            }
            var f = filings[run.Filing];
            if (Chosen(f))
            {
                var g = GroupOf(f);
                g.Expected += run.Count;
                g.FirstOwnLine = Math.Min(g.FirstOwnLine, run.Start);
                g.FirstLine = Math.Min(g.FirstLine, run.Start);
            }
            else if (f.IsReport && decisions[f.Index] is { } d)
            {
                var g = GroupOf(d.By);
                g.FirstLine = Math.Min(g.FirstLine, run.Start);
                if (g.Superseded.Count > 0 && g.Superseded[^1] is var last && last.Start + last.Count == run.Start && last.Reason == d.Reason)
                    g.Superseded[^1] = (last.Start, last.Count + run.Count, last.Reason);
                else g.Superseded.Add((run.Start, run.Count, d.Reason));
            }
            else
            {
                var (reason, kind) = !f.Listed
                    ? ($"its filing (accession {f.AccessionNumber}) is not in {FilingTables.Submission}, so its fund is unknown", RejectionKind.NotInSubmission)
                    : f.IsNotice
                        ? ($"its filing (accession {f.AccessionNumber}) is a notice that the report could not be filed ({f.SubType}); it reports no holdings to screen", RejectionKind.Notice)
                        : ($"its filing (accession {f.AccessionNumber}) has no row in {FilingTables.FundInfo}, so its series (its fund) is unknown", RejectionKind.NoFundInfo);
                for (var line = run.Start; line < run.Start + run.Count; line++) unusable.Add((line, reason, kind));
            }
        }

        if (groups.Count == 0)
            throw new DataException(holdingsName, null, index.TotalLines <= 1
                ? "the table has no holdings rows"
                : $"none of its rows belongs to a filing {FilingTables.Submission} lists as an N-PORT report");

        // A chosen filing with no rows at all is a fund with no holdings (a fund liquidated, or an amendment that lists none).
        foreach (var f in filings)
            if (Chosen(f)) GroupOf(f);
        // Funds in the order their own rows begin in the table (or, without rows of their own, their superseded rows); funds
        // without any row last, in the order SUBMISSION lists them.
        var order = groups.OrderBy(g => g.FirstOwnLine == int.MaxValue ? g.FirstLine : g.FirstOwnLine).ThenBy(g => g.Order).ToList();
        var accessionBytes = filings.Select(f => Encoding.UTF8.GetBytes(f.AccessionNumber)).ToArray();

        using var lines = source.Open(DataSetSource.HoldingsTable);
        var columns = TableColumns.Read(lines, holdingsName, HoldingRowParser.Required);
        var parsers = new HoldingRowParser?[workers];
        long held = 0;
        var current = 0;

        // What the data set lacks and was read without, to be said beside the figures; it covers no line.
        if (!source.Has(FilingTables.Registrant)) yield return prepare(new InputNote(source.DisplayName, FilingTables.MissingRegistrantNote));
        if (!source.Has(IdentifierIndex.Table)) yield return prepare(new InputNote(source.DisplayName, IdentifierIndex.MissingNote));
        if (NoFundInfoNote(filings, index) is { } noInfo) yield return prepare(new InputNote(source.DisplayName, noInfo));
        // Rows of a filing that is no fund of the report (not listed, or a notice) belong to no fund: they come before the
        // first fund, which makes them lines of the data set as a whole.
        foreach (var (line, reason, kind) in unusable)
            yield return prepare(new Rejected(new SourceLocation(holdingsName, line), reason, index.UnlistedText[line], kind));
        foreach (var item in Start(order[0], holdingsName, prepare))
            yield return item;
        yield return prepare(new NotAHolding(new SourceLocation(holdingsName, 1), $"header of {DataSetSource.HoldingsTable}"));
        foreach (var (start, count) in blank)
            yield return prepare(new NotAHolding(new SourceLocation(holdingsName, start, count), "blank line"));
        while (current < order.Count && order[current].Done)
            if (++current < order.Count)
                foreach (var item in Start(order[current], holdingsName, prepare))
                    yield return item;

        // One thread decompresses the table a block of lines at a time; the others check each line against the first
        // reading and parse and prepare the lines of chosen filings; the blocks come back in table order, so what follows
        // is the same whatever the number of threads.
        // The blocks' lists of entries are used again once taken, rather than grown anew for every block.
        var spare = new System.Collections.Concurrent.ConcurrentBag<List<(int, int, Group<T>, T)>>();
        Block<T>? Make() => lines.NextBlock(blockBytes, out var bytes, out var length, out var first, out var count)
            ? new Block<T>(bytes, length, first, count) { Entries = spare.TryTake(out var list) ? list : new List<(int, int, Group<T>, T)>(count) }
            : null;
        void Parse(Block<T> block, int worker)
        {
            try
            {
                var parser = parsers[worker] ??= new HoldingRowParser(holdingsName, columns, identifiers, debt, derivatives);
                ParseBlock(block, parser, index, accessionBytes, filings, groupOf, holdingsName, prepare);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(block.Bytes);
            }
        }

        var total = lines.Line;
        using (var blocks = new ParallelBlocks<Block<T>>(Make, Parse, workers, "exposure n-port"))
        {
            foreach (var block in blocks.Take())
            {
                foreach (var (lineNumber, bytes, g, item) in block.Entries)
                {
                    if (current >= order.Count) throw Changed(holdingsName, lineNumber);
                    if (ReferenceEquals(g, order[current]))
                    {
                        g.Emitted++;
                        yield return item;
                    }
                    else
                    {
                        held += bytes + 64;
                        g.HeldBytes += bytes + 64;
                        if (held > limits.MaxReorderBytes)
                            throw new DataException(holdingsName, lineNumber,
                                $"the rows of filing {g.Filing.AccessionNumber} are spread through the table, among other filings' rows, more widely than " +
                                string.Create(CultureInfo.InvariantCulture, $"{limits.MaxReorderBytes / (1024 * 1024)} MB of held-back rows can put together"));
                        (g.Held ??= []).Add(item);
                        continue;
                    }
                    while (current < order.Count && order[current].Done)
                    {
                        if (++current >= order.Count) break;
                        held -= order[current].HeldBytes;
                        foreach (var next in Start(order[current], holdingsName, prepare))
                            yield return next;
                    }
                }
                block.Entries.Clear();
                spare.Add(block.Entries);
                block.Error?.Throw();
                total = block.FirstLine + block.Lines - 1;
            }
        }
        if (total != index.TotalLines || current < order.Count) throw Changed(holdingsName, total);
        yield return prepare(new EndOfFile(index.TotalLines));
    }

    /// <summary>
    /// Checks each line of a block against the first reading (its filing, or blank) and parses and prepares the lines of
    /// chosen filings into the block's entries. Called on a parsing thread: it reads only what no thread changes.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void ParseBlock<T>(Block<T> block, HoldingRowParser parser, HoldingsIndex index, byte[][] accessionBytes, List<Filing> filings,
        Group<T>?[] groupOf, string holdingsName, Func<ReadItem, T> prepare)
    {
        var runs = index.Runs;
        var runAt = RunOf(runs, block.FirstLine);
        if (runAt < 0)
        {
            block.Error = ExceptionDispatchInfo.Capture(Changed(holdingsName, block.FirstLine));
            return;
        }
        var left = runs[runAt].Start + runs[runAt].Count - block.FirstLine;
        var bytes = block.Bytes.AsSpan(0, block.Length);
        var at = 0;
        for (var lineNumber = block.FirstLine; lineNumber < block.FirstLine + block.Lines; lineNumber++)
        {
            var line = TsvLines.LineAt(bytes, ref at);
            if (left == 0)
            {
                if (++runAt >= runs.Count)
                {
                    block.Error = ExceptionDispatchInfo.Capture(Changed(holdingsName, lineNumber));
                    return;
                }
                left = runs[runAt].Count;
            }
            left--;
            var filingIndex = runs[runAt].Filing;
            if (filingIndex < 0)
            {
                if (line.Trim((byte)' ').IsEmpty) continue;
                block.Error = ExceptionDispatchInfo.Capture(Changed(holdingsName, lineNumber));
                return;
            }
            var tab = line.IndexOf((byte)'\t');
            var key = (tab < 0 ? line : line[..tab]).Trim((byte)' ');
            if (!key.SequenceEqual(accessionBytes[filingIndex]))
            {
                block.Error = ExceptionDispatchInfo.Capture(Changed(holdingsName, lineNumber));
                return;
            }
            if (groupOf[filingIndex] is not { } g || !ReferenceEquals(g.Filing, filings[filingIndex])) continue;
            T item;
            try
            {
                item = prepare(parser.Parse(line, lineNumber));
            }
            catch (Exception e)
            {
                block.Error = ExceptionDispatchInfo.Capture(e);
                return;
            }
            block.Entries.Add((lineNumber, line.Length, g, item));
        }
    }

    /// <summary>The run holding <paramref name="line"/>, or -1 when the first reading had no such line.</summary>
    private static int RunOf(List<HoldingsIndex.Run> runs, int line)
    {
        int lo = 0, hi = runs.Count - 1;
        while (lo <= hi)
        {
            var mid = lo + (hi - lo) / 2;
            if (runs[mid].Start + runs[mid].Count <= line) lo = mid + 1;
            else if (runs[mid].Start > line) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>
    /// Reads IDENTIFIERS on a second thread, and DEBT_SECURITY (with the conversion tables) and the derivative tables on a
    /// third (each through its own handle on the zip), while this one indexes the holdings table: the three are
    /// independent, and IDENTIFIERS, the longest, then has a core of its own from when the index is done.
    /// </summary>
    private static (IdentifierIndex, DebtSecurities, DerivativeTerms, HoldingsIndex) Prepare(string path, string displayName, DataSetLimits limits, DataSetSource source,
        Dictionary<string, Filing> byAccession, List<Filing> filings, Action<string>? progress)
    {
        var identifiersRead = Task.Run(() =>
        {
            using var own = DataSetSource.Open(path, displayName, limits);
            var identifiers = IdentifierIndex.Read(own);
            progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"identifiers: {identifiers.RowsRead:N0} rows of {IdentifierIndex.Table}, {identifiers.Count:N0} holdings with an ISIN, ticker or SEDOL"));
            return identifiers;
        });
        var termsRead = Task.Run(() =>
        {
            using var own = DataSetSource.Open(path, displayName, limits);
            var debt = DebtSecurities.Read(own);
            progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"debt securities: {debt.Count:N0} holdings in {DebtSecurities.Table}, {debt.Converting:N0} with a conversion"));
            var derivatives = DerivativeTerms.Read(own);
            progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"derivatives: {derivatives.Count:N0} holdings in the derivative tables"));
            return (debt, derivatives);
        });
        HoldingsIndex index;
        try
        {
            index = HoldingsIndex.Build(source, byAccession, filings);
            progress?.Invoke(string.Create(CultureInfo.InvariantCulture, $"holdings index: {index.TotalLines:N0} lines of {DataSetSource.HoldingsTable} in {index.Runs.Count:N0} runs of one filing"));
        }
        catch
        {
            try { Task.WaitAll(identifiersRead, termsRead); } catch (AggregateException) { } // the first failure is the one to report
            throw;
        }
        // Failures in the order the tables were read before: IDENTIFIERS, then DEBT_SECURITY and the derivative tables.
        try
        {
            var ids = identifiersRead.GetAwaiter().GetResult();
            var (debts, derivatives) = termsRead.GetAwaiter().GetResult();
            return (ids, debts, derivatives, index);
        }
        catch
        {
            try { termsRead.Wait(); } catch (AggregateException) { }
            throw;
        }
    }

    /// <summary>Filings listed in SUBMISSION whose rows are rejected because FUND_REPORTED_INFO does not describe them, to be said beside the figures; null when there are none.</summary>
    private static string? NoFundInfoNote(List<Filing> filings, HoldingsIndex index)
    {
        var without = filings.Where(f => f.Listed && !f.IsNotice && !f.HasFundInfo && index.LinesPerFiling[f.Index] > 0).ToList();
        if (without.Count == 0) return null;
        const int named = 3;
        var lines = without.Sum(f => (long)index.LinesPerFiling[f.Index]);
        var which = string.Join("; ", without.Take(named).Select(f => f.Describe())) +
            (without.Count > named ? string.Create(CultureInfo.InvariantCulture, $"; and {without.Count - named:N0} more") : "");
        var one = without.Count == 1;
        return (one ? $"a filing in {FilingTables.Submission}, {which}, has" : string.Create(CultureInfo.InvariantCulture, $"{without.Count:N0} filings in {FilingTables.Submission} ({which}) have")) +
            $" no row in {FilingTables.FundInfo}: the series {(one ? "it reports" : "they report")} on is unknown (no other table names it), so {(one ? "it is" : "they are")} no fund's report, and " +
            string.Create(CultureInfo.InvariantCulture, $"{(one ? "its" : "their")} {lines:N0} holdings {(lines == 1 ? "row is" : "rows are")} rejected, counted in no fund.");
    }

    /// <summary>A fund's first items: the fund, its superseded filings' rows, then its own rows held back so far.</summary>
    private static IEnumerable<T> Start<T>(Group<T> g, string holdingsName, Func<ReadItem, T> prepare)
    {
        var f = g.Filing;
        yield return prepare(new FundDetected(new FundMetadata(
            f.FundName ?? f.AccessionNumber,
            f.FundName is null ? MetadataOrigin.Unknown : MetadataOrigin.File,
            f.ReportDate,
            f.ReportDate is null ? MetadataOrigin.Unknown : MetadataOrigin.File,
            f.NetAssets,
            Layout,
            f.RegistrantName,
            f.Cik,
            f.SeriesId,
            f.AccessionNumber,
            DataSetSource.HoldingsTable,
            FiledOn: f.FilingDate,
            FormType: f.SubType,
            // Form N-PORT has amounts reported in US dollars (NET_ASSETS, item B.1.c; each value, item C.2.c): the fund's
            // currency, also for a report that lists no holdings.
            StatedNetAssetsCurrency: DataSetCurrency)));
        foreach (var (start, count, reason) in g.Superseded)
            yield return prepare(new NotAHolding(new SourceLocation(holdingsName, start, count), reason));
        if (g.Held is { } held)
        {
            g.Held = null;
            foreach (var item in held)
            {
                g.Emitted++;
                yield return item;
            }
        }
    }

    private static Group<T> Add<T>(List<Group<T>> groups, Group<T> g)
    {
        groups.Add(g);
        return g;
    }

    private static DataException Changed(string table, int line) =>
        new(table, line, "the table changed while it was being read (its second reading differs from the first)");
}
