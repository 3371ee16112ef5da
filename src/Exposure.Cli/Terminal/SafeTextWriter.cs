using System.Text;

namespace Exposure.Cli.Terminal;

/// <summary>
/// Everything the command line prints passes through here: control characters are written as visible escapes
/// (<see cref="TerminalText"/>); only line breaks pass, as <c>\n</c> or a <c>\r\n</c> pair.
/// </summary>
public sealed class SafeTextWriter(TextWriter inner) : TextWriter(inner.FormatProvider)
{
    private readonly StringBuilder _buffer = new();
    private bool _pendingReturn;

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        lock (_buffer)
        {
            Add(value);
            Drain();
        }
    }

    public override void Write(string? value)
    {
        if (value is null) return;
        lock (_buffer)
        {
            foreach (var c in value) Add(c);
            Drain();
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine() => Write(NewLine);

    public override void WriteLine(string? value) => Write(value + NewLine);

    public override void Flush()
    {
        lock (_buffer)
        {
            if (_pendingReturn) TerminalText.Append(_buffer, '\r');
            _pendingReturn = false;
            Drain();
            inner.Flush();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) Flush();
        base.Dispose(disposing);
    }

    private void Add(char c)
    {
        if (_pendingReturn)
        {
            _pendingReturn = false;
            if (c == '\n')
            {
                _buffer.Append("\r\n");
                return;
            }

            TerminalText.Append(_buffer, '\r');
        }

        if (c == '\n') _buffer.Append('\n');
        else if (c == '\r') _pendingReturn = true;
        else TerminalText.Append(_buffer, c);
    }

    private void Drain()
    {
        if (_buffer.Length == 0) return;
        inner.Write(_buffer.ToString());
        _buffer.Clear();
    }
}
