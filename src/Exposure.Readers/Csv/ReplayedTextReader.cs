namespace Exposure.Readers.Csv;

/// <summary>
/// Text read ahead to look at it (<see cref="HeaderDelimiter"/>), given back before the rest of the reader's, so that
/// what reads it next reads the file from its first line.
/// </summary>
/// <param name="head">The text read ahead.</param>
/// <param name="rest">The reader it was read from; disposed with this one.</param>
internal sealed class ReplayedTextReader(string head, TextReader rest) : TextReader
{
    private int _at;

    public override int Peek() => _at < head.Length ? head[_at] : rest.Peek();

    public override int Read() => _at < head.Length ? head[_at++] : rest.Read();

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (_at >= head.Length) return rest.Read(buffer);
        var n = Math.Min(buffer.Length, head.Length - _at);
        head.AsSpan(_at, n).CopyTo(buffer);
        _at += n;
        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) rest.Dispose();
        base.Dispose(disposing);
    }
}
