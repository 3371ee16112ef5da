using Exposure.Core.Holdings;
using Exposure.Synthetic;

namespace Exposure.Benchmarks;

/// <summary>Compares the states rows ended in with the manifest of planted flagged rows.</summary>
internal sealed class ManifestCheck
{
    private static readonly Dictionary<int, ManifestEntry> None = [];
    private readonly Dictionary<string, Dictionary<int, ManifestEntry>> _byFile;
    private readonly Dictionary<(string File, int Line), (RowState State, string? Company)> _seen = [];
    private readonly List<string> _unexpectedExamples = [];
    private int _unexpected;

    public ManifestCheck(IEnumerable<ManifestEntry> manifest)
    {
        _byFile = manifest.GroupBy(e => e.File, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToDictionary(e => e.Line), StringComparer.Ordinal);
        Expected = _byFile.Values.Sum(d => d.Count);
    }

    public int Expected { get; }

    /// <summary>The planted rows of one file, by line (looked up once per file, not per row).</summary>
    public Dictionary<int, ManifestEntry> For(string file) => _byFile.GetValueOrDefault(file) ?? None;

    /// <summary>Records a row's outcome. Cheap for the common case: an unmatched row that was not planted.</summary>
    public void Observe(Dictionary<int, ManifestEntry> planted, string file, int line, RowState state, string? companyId, string? name)
    {
        var finding = state is RowState.Matched or RowState.Related or RowState.NeedsReview;
        if (planted.ContainsKey(line)) _seen[(file, line)] = (state, companyId);
        else if (finding)
        {
            _unexpected++;
            if (_unexpectedExamples.Count < 5) _unexpectedExamples.Add($"unexpected {StateName(state)} {companyId} at {file}:{line} '{name}'");
        }
    }

    public Recall Result()
    {
        int exact = 0, other = 0, wrong = 0, missed = 0;
        var byVariant = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var byState = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var examples = new List<string>();
        foreach (var e in _byFile.Values.SelectMany(d => d.Values).OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line))
        {
            if (!byVariant.TryGetValue(e.Variant, out var counts)) byVariant[e.Variant] = counts = new int[2];
            counts[0]++;
            if (!byState.TryGetValue(e.ExpectedState, out var stateCounts)) byState[e.ExpectedState] = stateCounts = new int[2];
            stateCounts[0]++;
            var found = _seen.TryGetValue((e.File, e.Line), out var seen);
            var finding = found && seen.State is RowState.Matched or RowState.Related or RowState.NeedsReview;
            string? problem = null;
            if (!finding) { missed++; problem = found ? $"ended {StateName(seen.State)}" : "not read as a holding"; }
            else if (seen.Company != e.CompanyId) { wrong++; problem = $"found {seen.Company}"; }
            else if (StateName(seen.State) != e.ExpectedState) { other++; problem = $"ended {StateName(seen.State)}"; }
            else { exact++; counts[1]++; stateCounts[1]++; }
            if (problem is not null && examples.Count < 10)
                examples.Add($"{e.File}:{e.Line} {e.Variant} '{e.Name}' expected {e.ExpectedState} {e.CompanyId}: {problem}");
        }
        examples.AddRange(_unexpectedExamples);
        return new Recall(Expected, exact, other, wrong, missed, _unexpected, byVariant, byState, examples);
    }

    public static string StateName(RowState state) => state switch
    {
        RowState.NotAHolding => "not-a-holding",
        RowState.Rejected => "rejected",
        RowState.Excluded => "excluded",
        RowState.Unmatched => "unmatched",
        RowState.Matched => "matched",
        RowState.Related => "related",
        RowState.NeedsReview => "needs-review",
        _ => state.ToString(),
    };
}
