using System.Diagnostics;
using System.Globalization;
using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Core.Reference;
using Exposure.Core.Text;

namespace Exposure.Benchmarks;

/// <summary>
/// Where the time of screening a new security goes, measured outside <see cref="Matcher"/> (which is not changed here):
/// the steps of its rules replayed with the same public parts it uses (<see cref="Exposure.Core.Holdings.HoldingNormaliser"/>,
/// <see cref="NameNormaliser"/>, <see cref="NameIndex"/>) over a sample of the rows that were new securities. The replay
/// follows Matcher.Screen for rows no identifier decides; identifier look-ups are dictionary hits and not broken down.
/// Scoring the candidates (<see cref="NameSimilarity"/>, whose signature is still changing) and building the evidence
/// are what remains of the measured Match() time: reported as the residual.
/// </summary>
internal static class ScreenBreakdown
{
    private const int MinCutNameLength = Matcher.MinCutNameLength;

    /// <param name="matchSecondsPerNew">Measured Match() seconds per new security, for the residual.</param>
    public static IEnumerable<Phase> Run(ReferenceData reference, IReadOnlyList<HoldingRow> sample, Matcher matcher, double matchSecondsPerNew)
    {
        if (sample.Count == 0) yield break;
        var sw = Stopwatch.StartNew();
        var index = new NameIndex(reference);
        var normaliser = new HoldingNormaliser(reference.Exchanges);
        var indexSeconds = sw.Elapsed.TotalSeconds;

        long keyTicks = 0, exactTicks = 0, prefixTicks = 0, candidatesTicks = 0;
        int exactHits = 0, prefixHits = 0, fuzzy = 0, candidates = 0, emptyCandidates = 0, toScore = 0;
        foreach (var row in sample)
        {
            var t = Stopwatch.GetTimestamp();
            var name = normaliser.Normalise(row).Name;
            keyTicks += Stopwatch.GetTimestamp() - t;
            if (name.IsEmpty) continue;

            t = Stopwatch.GetTimestamp();
            var exact = index.Exact(name.Compact);
            exactTicks += Stopwatch.GetTimestamp() - t;
            if (exact.Count > 0) { exactHits++; continue; }

            var mayBeCut = !name.EndsComplete && (row.Name?.Trim().Length ?? 0) >= MinCutNameLength;
            if (mayBeCut)
            {
                t = Stopwatch.GetTimestamp();
                var found = name.Compact.Length >= CandidateIndex.MinPrefixLength && index.StartingWith(name.Compact).Any();
                if (!found && name.Tokens.Count > 2)
                {
                    var withoutCutWord = string.Concat(name.Tokens.SkipLast(1));
                    found = withoutCutWord.Length >= CandidateIndex.MinPrefixLength && index.StartingWith(withoutCutWord).Any();
                }
                prefixTicks += Stopwatch.GetTimestamp() - t;
                if (found) { prefixHits++; continue; }
            }

            fuzzy++;
            t = Stopwatch.GetTimestamp();
            var list = index.Candidates(name);
            candidatesTicks += Stopwatch.GetTimestamp() - t;
            candidates += list.Count;
            if (list.Count == 0) emptyCandidates++;

            toScore += list.Count(c => !c.IsShortOrTrading);
        }

        var n = sample.Count;
        string Each(long ticks, int calls) => calls == 0 ? "" :
            $"{(ticks / (double)Stopwatch.Frequency / calls * 1e6).ToString("0.0", CultureInfo.InvariantCulture)} µs per call, {calls:N0} calls";
        double S(long ticks) => ticks / (double)Stopwatch.Frequency;
        yield return new Phase($"breakdown over {n:N0} new securities (replayed outside Matcher):", 0, 0);
        yield return new Phase("    NameIndex build (inside 'build matcher')", indexSeconds, 0);
        yield return new Phase("    HoldingNormaliser.Normalise (exchange, key, name)", S(keyTicks), 0, Each(keyTicks, n));
        yield return new Phase("    NameIndex.Exact", S(exactTicks), 0, $"{Each(exactTicks, n)}; {exactHits:N0} hits");
        yield return new Phase("    NameIndex.StartingWith (cut names)", S(prefixTicks), 0, $"{prefixHits:N0} hits");
        yield return new Phase("    NameIndex.Candidates (fuzzy blocking)", S(candidatesTicks), 0,
            $"{Each(candidatesTicks, fuzzy)}; {(fuzzy == 0 ? 0 : candidates / (double)fuzzy).ToString("0.0", CultureInfo.InvariantCulture)} candidates each, {emptyCandidates:N0} with none");
        var replayed = S(keyTicks + exactTicks + prefixTicks + candidatesTicks);
        var residual = matchSecondsPerNew * n - replayed;
        yield return new Phase("    rest: NameSimilarity.Score of candidates, evidence, cache", residual, 0,
            $"measured Match() per new security x {n:N0} minus the above; {toScore:N0} candidate scores " +
            $"({(toScore == 0 ? "-" : (residual / toScore * 1e6).ToString("0.00", CultureInfo.InvariantCulture))} µs each if all of it)");
    }
}
