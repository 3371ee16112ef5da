using Exposure.Core;
using Exposure.Core.Holdings;
using Exposure.Readers.Text;

namespace Exposure.Readers.Tests.Properties;

/// <summary>
/// What every reader promises for any input: either it reads the file with its lines adding up (every physical line in
/// exactly one item, the end of file giving the file's lines), or it stops with a <see cref="DataException"/> whose message
/// is one line naming the file. Nothing else may escape it: any other exception is a fault in the tool (exit 70).
/// </summary>
internal static class ReaderContract
{
    /// <summary>No message quoting a broken file should run on: the quoted text is cut.</summary>
    public const int MaxMessageLength = DataException.MaxProblemLength + 300;

    /// <summary>Reads to the end; returns the items, or null when the reader stopped with a clean <see cref="DataException"/>.</summary>
    /// <param name="names">How the reader was told to name the file(s): the exception must name one of them (or a table inside one).</param>
    public static List<ReadItem>? Read(Func<IEnumerable<ReadItem>> read, string what, params string[] names)
    {
        try
        {
            return read().ToList();
        }
        catch (DataException e)
        {
            AssertClean(e, what, names);
            return null;
        }
        catch (Exception e)
        {
            Assert.Fail($"{what}: {e.GetType().Name} escaped the reader (exit 70): {e.Message}");
            throw;
        }
    }

    /// <summary>The message is one line, not overlong, and names the file.</summary>
    public static void AssertClean(DataException e, string what, params string[] names)
    {
        Assert.False(e.Message.Contains('\n') || e.Message.Contains('\r'), $"{what}: the message is not one line: {e.Message}");
        Assert.True(e.Message.Length <= MaxMessageLength, $"{what}: the message is {e.Message.Length} characters long");
        Assert.True(names.Any(n => e.File == n || e.File.StartsWith(n + "/", StringComparison.Ordinal) || e.File.StartsWith(n + Path.DirectorySeparatorChar, StringComparison.Ordinal)),
            $"{what}: the message names '{e.File}', not the file read ({string.Join(", ", names)})");
        Assert.StartsWith(e.File, e.Message);
    }

    /// <summary>One fund first, the end of file last, each item starting where the one before ended, the lines adding up.</summary>
    public static void AssertLinesAddUp(List<ReadItem> items, int? physicalLines, string what)
    {
        Assert.True(items.Count >= 2, $"{what}: {items.Count} items");
        Assert.IsType<FundDetected>(items[0]);
        var end = Assert.IsType<EndOfFile>(items[^1]);
        Assert.Single(items.OfType<EndOfFile>());
        var next = 1;
        foreach (var source in items.Select(Items.SourceOf).OfType<SourceLocation>())
        {
            Assert.True(source.Line == next, $"{what}: an item starts on line {source.Line}, the one before ended on line {next - 1}");
            Assert.True(source.LineCount >= 1, $"{what}: an item on line {source.Line} spans {source.LineCount} lines");
            next += source.LineCount;
        }
        Assert.True(next - 1 == end.Lines, $"{what}: items cover {next - 1} lines, the end of file says {end.Lines}");
        if (physicalLines is { } lines) Assert.True(end.Lines == lines, $"{what}: the end of file says {end.Lines} lines, the file has {lines}");
    }

    /// <summary>Physical lines of a text file as it is decoded for reading: CR LF, CR and LF each end a line; a last line without one counts.</summary>
    public static int TextLines(byte[] bytes)
    {
        using var reader = TextEncodings.OpenText(new MemoryStream(bytes), out _);
        var text = reader.ReadToEnd();
        var lines = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') lines++;
            else if (text[i] == '\r')
            {
                lines++;
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
        }
        return text.Length > 0 && text[^1] is not ('\n' or '\r') ? lines + 1 : lines;
    }

    /// <summary>Physical lines of a table of an N-PORT data set: lines end at LF; a last line without one counts.</summary>
    public static int TsvLines(byte[] bytes) =>
        bytes.Count(b => b == '\n') + (bytes.Length > 0 && bytes[^1] != '\n' ? 1 : 0);
}
