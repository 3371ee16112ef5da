using System.Globalization;
using Exposure.Core;
using Exposure.Core.Portfolio;
using Exposure.Core.Reporting;

namespace Exposure.Pipeline.Schemes;

/// <summary>
/// The funds of a portfolio and which hold which, from the latest snapshot of each: one node per entry, one edge per
/// fund held (rows of one file naming the same fund are one edge, their weights added). Built only when the funds hold
/// no cycle: a fund holding itself, or funds holding each other, stop the run with the true cycle, its entries and the
/// rows that make it. The nodes come in a topological order (a fund before the funds it holds).
/// </summary>
internal sealed class FundGraph
{
    private readonly List<Edge>[] _edges;

    private FundGraph(IReadOnlyList<PortfolioEntry> entries, FundExposure?[] latest, List<Edge>[] edges, int[] order)
    {
        Entries = entries;
        Latest = latest;
        _edges = edges;
        Order = order;
    }

    /// <summary>A fund held by another: the node of the fund held, its weight in the holder, and the first row naming it.</summary>
    public sealed record Edge(int Target, decimal Weight, string File, int Line);

    public IReadOnlyList<PortfolioEntry> Entries { get; }

    /// <summary>For each node, the latest snapshot of its fund; null when it has no holdings file.</summary>
    public IReadOnlyList<FundExposure?> Latest { get; }

    /// <summary>The nodes in topological order: every fund comes before the funds it holds.</summary>
    public IReadOnlyList<int> Order { get; }

    public int Count => Entries.Count;

    public IReadOnlyList<Edge> EdgesOf(int node) => _edges[node];

    /// <param name="latest">The latest snapshot of each entry, by entry id; absent when the entry has none.</param>
    public static FundGraph Build(PortfolioDefinition definition, IReadOnlyDictionary<string, FundExposure> latest)
    {
        var entries = definition.Entries;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++) index[entries[i].Id] = i;

        var snapshots = new FundExposure?[entries.Count];
        var edges = new List<Edge>[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            edges[i] = [];
            if (!latest.TryGetValue(entries[i].Id, out var fund)) continue;
            snapshots[i] = fund;
            var at = new Dictionary<int, int>();
            foreach (var n in fund.Nested)
            {
                var target = index[n.FundId];
                if (at.TryGetValue(target, out var k)) edges[i][k] = edges[i][k] with { Weight = edges[i][k].Weight + n.Weight };
                else
                {
                    at[target] = edges[i].Count;
                    edges[i].Add(new Edge(target, n.Weight, fund.SourceFile, n.Line));
                }
            }
        }
        return new FundGraph(entries, snapshots, edges, TopologicalOrder(definition, edges));
    }

    /// <summary>Depth first from each entry in the file's order; a fund met again while still open closes a cycle.</summary>
    private static int[] TopologicalOrder(PortfolioDefinition definition, List<Edge>[] edges)
    {
        const byte open = 1, done = 2;
        var state = new byte[edges.Length];
        var finished = new List<int>(edges.Length);
        var stack = new List<(int Node, int Next)>();
        for (var start = 0; start < edges.Length; start++)
        {
            if (state[start] != 0) continue;
            state[start] = open;
            stack.Add((start, 0));
            while (stack.Count > 0)
            {
                var (node, next) = stack[^1];
                if (next == edges[node].Count)
                {
                    state[node] = done;
                    finished.Add(node);
                    stack.RemoveAt(stack.Count - 1);
                    continue;
                }
                stack[^1] = (node, next + 1);
                var target = edges[node][next].Target;
                if (state[target] == open) throw Cycle(definition, edges, stack.Select(f => f.Node).ToList(), target);
                if (state[target] == done) continue;
                state[target] = open;
                stack.Add((target, 0));
            }
        }
        finished.Reverse();
        return [.. finished];
    }

    /// <summary>The cycle that <paramref name="back"/> closes on the open path, from the entry first in the portfolio file.</summary>
    private static DataException Cycle(PortfolioDefinition definition, List<Edge>[] edges, List<int> open, int back)
    {
        var cycle = open.Skip(open.IndexOf(back)).ToList();
        var first = cycle.IndexOf(cycle.Min());
        cycle = [.. cycle.Skip(first), .. cycle.Take(first)];
        var entries = definition.Entries;
        var start = entries[cycle[0]];
        var path = string.Join(" > ", cycle.Append(cycle[0]).Select(n => entries[n].Id));
        var rows = cycle.Select((node, i) =>
        {
            var target = cycle[(i + 1) % cycle.Count];
            var edge = edges[node].First(e => e.Target == target);
            return string.Create(CultureInfo.InvariantCulture, $"{edge.File}, line {edge.Line} holds {(target == node ? "it" : $"'{entries[target].Id}'")}");
        });
        var problem = cycle.Count == 1
            ? $"fund '{start.Id}' holds itself: {path} ({string.Join("; ", rows)})"
            : $"funds hold each other in a cycle: {path} ({string.Join("; ", rows)})";
        return new DataException(definition.File, start.Line, problem);
    }
}
