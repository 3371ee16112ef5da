using Exposure.Core;

namespace Exposure.Lists.Import;

/// <summary>
/// The lines of a file as UTF-8 bytes, one at a time, each at most <see cref="MaxLine"/> bytes: a file of any size is
/// read in flat memory, and a line past the limit is a broken or hostile file.
/// </summary>
internal static class JsonLines
{
    public const int MaxLine = 16 << 20;

    public static IEnumerable<(int Line, ReadOnlyMemory<byte> Bytes)> Read(string path, string displayName)
    {
        using var stream = ListFiles.Open(path);
        var buffer = new byte[1 << 20];
        int start = 0, end = 0, line = 1;
        var eof = false;
        while (true)
        {
            var newline = Array.IndexOf(buffer, (byte)'\n', start, end - start);
            if (newline < 0)
            {
                if (eof)
                {
                    if (end > start) yield return (line, Trim(buffer.AsMemory(start, end - start)));
                    yield break;
                }
                if (start > 0)
                {
                    Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                    end -= start;
                    start = 0;
                }
                if (end == buffer.Length)
                {
                    if (buffer.Length >= MaxLine) throw new DataException(displayName, line, $"a line runs past {MaxLine / (1 << 20)} MiB: not a JSON-lines list export, or a damaged one");
                    Array.Resize(ref buffer, Math.Min(buffer.Length * 2, MaxLine));
                }
                var n = stream.Read(buffer, end, buffer.Length - end);
                if (n == 0) eof = true;
                end += n;
                continue;
            }
            var bytes = Trim(buffer.AsMemory(start, newline - start));
            if (line == 1 && bytes.Length >= 3 && bytes.Span[0] == 0xEF && bytes.Span[1] == 0xBB && bytes.Span[2] == 0xBF) bytes = bytes[3..];
            yield return (line, bytes);
            line++;
            start = newline + 1;
        }
    }

    private static ReadOnlyMemory<byte> Trim(ReadOnlyMemory<byte> bytes)
    {
        var span = bytes.Span;
        var n = span.Length;
        while (n > 0 && span[n - 1] is (byte)'\r' or (byte)' ' or (byte)'\t') n--;
        return bytes[..n];
    }
}
