using System.Text;

namespace Exposure.TestSupport.Hostile;

/// <summary>One change to a file's bytes, at a place given as a fraction of its length so that it applies to any file.</summary>
/// <param name="At">Where, from 0 (the start) to 1 (the end).</param>
/// <param name="Size">How much: characters inserted, the number chosen, the nesting depth ...</param>
public sealed record Mutation(MutationKind Kind, double At, int Size)
{
    private static readonly string[] Numbers =
    [
        "79228162514264337593543950335", "-79228162514264337593543950335", "1e30", "-1E+29", "1e400", "NaN", "Infinity", "0", "-0.0000000000000000000000000001",
        "1000000000000000000", "1000000000000000001", "99999999999999999999999999", "1,000,000,000,000,000,000,000", "(1e25)", "0.0000000000000000000000000001",
    ];

    private static readonly byte[] Controls = [0x00, 0x1B, 0x07, 0x0D, 0x0A, 0x7F, 0x0C, 0x08, 0x85, 0x9B];

    public byte[] Apply(byte[] bytes)
    {
        var at = Math.Clamp((int)(At * bytes.Length), 0, bytes.Length);
        return Kind switch
        {
            MutationKind.Truncate => bytes[..at],
            MutationKind.DuplicateLine => Line(bytes, at) is var (s, e) ? [.. bytes[..e], .. bytes[s..e], .. bytes[e..]] : bytes,
            MutationKind.DeleteLine => Line(bytes, at) is var (s, e) ? [.. bytes[..s], .. bytes[e..]] : bytes,
            MutationKind.InsertQuote => Insert(bytes, at, "\""u8.ToArray()),
            MutationKind.InsertComma => Insert(bytes, at, ",;\t"u8.ToArray()[(Size % 3)..((Size % 3) + 1)]),
            MutationKind.InsertControlCharacters => Insert(bytes, at, Enumerable.Range(0, 1 + (Size % 3)).Select(i => Controls[(Size + i) % Controls.Length]).ToArray()),
            MutationKind.HugeNumber => HugeNumber(bytes, at),
            MutationKind.BinaryJunk => Insert(bytes, at, Junk(Size % 512 + 1)),
            MutationKind.DeepNesting => Insert(bytes, at, Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<a>", Size)))),
            MutationKind.LongField => Insert(bytes, at, Encoding.ASCII.GetBytes(new string('x', Size))),
            MutationKind.LineEndings => LineEndings(bytes),
            _ => bytes,
        };
    }

    public override string ToString() => $"{Kind} at {At:0.###} ({Size})";

    private static byte[] Insert(byte[] bytes, int at, byte[] what) => [.. bytes[..at], .. what, .. bytes[at..]];

    /// <summary>The line holding a position: its start and the end of its line break.</summary>
    private static (int Start, int End)? Line(byte[] bytes, int at)
    {
        if (bytes.Length == 0) return null;
        at = Math.Min(at, bytes.Length - 1);
        var start = at;
        while (start > 0 && bytes[start - 1] != '\n') start--;
        var end = at;
        while (end < bytes.Length && bytes[end] != '\n') end++;
        return (start, Math.Min(end + 1, bytes.Length));
    }

    /// <summary>The run of digits nearest after the position, replaced by a number no holding has.</summary>
    private byte[] HugeNumber(byte[] bytes, int at)
    {
        var start = at;
        while (start < bytes.Length && !char.IsAsciiDigit((char)bytes[start])) start++;
        if (start == bytes.Length) return Insert(bytes, at, Encoding.ASCII.GetBytes(Numbers[Size % Numbers.Length]));
        var end = start;
        while (end < bytes.Length && (char.IsAsciiDigit((char)bytes[end]) || bytes[end] == '.')) end++;
        return [.. bytes[..start], .. Encoding.ASCII.GetBytes(Numbers[Size % Numbers.Length]), .. bytes[end..]];
    }

    private static byte[] LineEndings(byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal);
        return Encoding.Latin1.GetBytes(bytes.Length % 2 == 0 ? text.Replace("\n", "\r\n", StringComparison.Ordinal) : text.Replace('\n', '\r'));
    }

    private byte[] Junk(int count)
    {
        var random = new Random(Size * 7919 + (int)(At * 1000));
        var junk = new byte[count];
        random.NextBytes(junk);
        return junk;
    }
}
