using System.Globalization;
using System.Text;
using Exposure.Core;

namespace Exposure.Readers.Nport.DataSet;

/// <summary>
/// A first read of FUND_REPORTED_HOLDING.tsv that looks only at each line's ACCESSION_NUMBER: which filing each line
/// belongs to, as runs of consecutive lines, and how many lines each filing has. The SEC does not document the order of
/// the table's rows; with this index the holdings of each chosen filing can be given together whatever the order, and
/// everything that is not a chosen filing's holding (superseded filings, the header) is accounted for without reading
/// it again. In a table grouped by filing there is one run per filing.
/// </summary>
internal sealed class HoldingsIndex
{
    /// <summary>Lines kept as text for rows of filings that are no fund's report (SUBMISSION does not list them, lists a notice, or FUND_REPORTED_INFO does not describe them), which are rejected with their text.</summary>
    public const int MaxUnlistedLines = 100_000;

    /// <summary>A run of consecutive lines of one filing; <see cref="Filing"/> is -1 for blank lines.</summary>
    public readonly record struct Run(int Filing, int Start, int Count);

    private HoldingsIndex(List<Run> runs, int[] linesPerFiling, int totalLines, Dictionary<int, string> unlistedText)
    {
        Runs = runs;
        LinesPerFiling = linesPerFiling;
        TotalLines = totalLines;
        UnlistedText = unlistedText;
    }

    public List<Run> Runs { get; }

    /// <summary>Data lines per filing, by <see cref="Filing.Index"/>.</summary>
    public int[] LinesPerFiling { get; }

    /// <summary>Physical lines of the table, header included.</summary>
    public int TotalLines { get; }

    /// <summary>The text of each line of a filing that is no fund's report (<see cref="Filing.IsReport"/>), by line.</summary>
    public Dictionary<int, string> UnlistedText { get; }

    /// <summary>Reads the table once; filings it names that are not yet known are added to <paramref name="filings"/> as unlisted.</summary>
    // Called once and loops over millions of lines: compiled optimised at once rather than waiting for tiering.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static HoldingsIndex Build(DataSetSource source, Dictionary<string, Filing> byAccession, List<Filing> filings)
    {
        var name = source.Name(DataSetSource.HoldingsTable);
        using var lines = source.Open(DataSetSource.HoldingsTable);
        var columns = TableColumns.Read(lines, name, "ACCESSION_NUMBER", "HOLDING_ID");
        if (columns["ACCESSION_NUMBER"] != 0)
            throw new DataException(name, 1, "ACCESSION_NUMBER is not the first column; not the holdings table of an SEC N-PORT data set");

        var runs = new List<Run>();
        var unlisted = new Dictionary<int, string>();
        var previous = new byte[64];
        var previousLength = -1;
        var filing = -1;
        var runStart = 0;
        var runFiling = int.MinValue;

        while (lines.Next())
        {
            var line = lines.Current;
            var tab = line.IndexOf((byte)'\t');
            var key = (tab < 0 ? line : line[..tab]).Trim((byte)' ');
            if (line.Trim((byte)' ').IsEmpty)
            {
                filing = -1;
                previousLength = -1;
            }
            else if (previousLength < 0 || !key.SequenceEqual(previous.AsSpan(0, previousLength)))
            {
                var accession = Encoding.UTF8.GetString(key);
                if (!byAccession.TryGetValue(accession, out var f))
                {
                    f = new Filing(accession, filings.Count);
                    filings.Add(f);
                    byAccession[accession] = f;
                }
                filing = f.Index;
                if (key.Length <= previous.Length)
                {
                    key.CopyTo(previous);
                    previousLength = key.Length;
                }
                else previousLength = -1;
            }
            if (filing >= 0 && !filings[filing].IsReport)
            {
                if (unlisted.Count >= MaxUnlistedLines)
                    throw new DataException(name, lines.Line,
                        string.Create(CultureInfo.InvariantCulture, $"more than {MaxUnlistedLines:N0} holdings rows belong to filings that SUBMISSION.tsv does not list as reports or FUND_REPORTED_INFO.tsv does not describe; the tables do not belong to one data set"));
                unlisted[lines.Line] = Encoding.UTF8.GetString(line);
            }
            if (filing != runFiling)
            {
                if (runFiling != int.MinValue) runs.Add(new Run(runFiling, runStart, lines.Line - runStart));
                runFiling = filing;
                runStart = lines.Line;
            }
        }
        var total = lines.Line;
        if (runFiling != int.MinValue) runs.Add(new Run(runFiling, runStart, total + 1 - runStart));

        var perFiling = new int[filings.Count];
        foreach (var run in runs)
            if (run.Filing >= 0) perFiling[run.Filing] += run.Count;
        return new HoldingsIndex(runs, perFiling, total, unlisted);
    }
}
