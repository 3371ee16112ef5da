using System.Security.Cryptography;
using Exposure.Core.Inputs;

namespace Exposure.Pipeline.Reading;

/// <summary>
/// Holdings files given more than once (the same bytes, under the same name or another): the first is the fund; each
/// later copy is counted once, as the first, and its lines are rejected as the same file. Only files of one size are
/// compared, by SHA-256, so a run of files that differ reads none of them twice. A folder (an unpacked data set) is
/// never compared; nor are a scheme's files, where one fund's file under two parents is look-through, not a copy.
/// </summary>
internal sealed class SameFiles
{
    private readonly int?[] _firstOf;
    private readonly (string Sha256, long Bytes)?[] _hashes;

    private SameFiles(int?[] firstOf, (string, long)?[] hashes)
    {
        _firstOf = firstOf;
        _hashes = hashes;
    }

    /// <summary>No input is a copy of another.</summary>
    public static SameFiles None(int inputs) => new(new int?[inputs], new (string, long)?[inputs]);

    /// <summary>Compares the inputs that are files of one size with another's.</summary>
    public static SameFiles Find(IReadOnlyList<HoldingsInput> inputs)
    {
        var firstOf = new int?[inputs.Count];
        var hashes = new (string, long)?[inputs.Count];
        var sizes = Enumerable.Range(0, inputs.Count)
            .Where(i => File.Exists(inputs[i].Path))
            .GroupBy(i => new FileInfo(inputs[i].Path).Length)
            .Where(g => g.Count() > 1);
        foreach (var size in sizes)
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var i in size)
            {
                var sha = Hash(inputs[i].Path);
                hashes[i] = (sha, size.Key);
                if (seen.TryGetValue(sha, out var first)) firstOf[i] = first;
                else seen[sha] = i;
            }
        }
        return new SameFiles(firstOf, hashes);
    }

    /// <summary>The input that input <paramref name="index"/> is a later copy of, or null when it is not one.</summary>
    public int? FirstOf(int index) => _firstOf[index];

    /// <summary>A copy as the run information lists it: its name, its SHA-256, and as many lines as the first has.</summary>
    public InputFile Describe(int index, string displayName, int lines)
    {
        var (sha, bytes) = _hashes[index] ?? throw new InvalidOperationException($"{displayName} was not compared with the other inputs");
        return new InputFile(displayName, "holdings", sha, bytes, lines);
    }

    private static string Hash(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
