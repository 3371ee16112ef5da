using System.Buffers;
using System.Globalization;
using System.Text;

namespace Exposure.Reports.Excel.Writing;

/// <summary>
/// Writes XML as UTF-8 bytes into a buffer that goes to a stream when full: markup as given, numbers formatted with
/// the invariant culture, and text escaped. Text keeps every character it is given: a carriage return is written as
/// a character reference, since an XML reader turns a literal one into a line feed.
/// </summary>
internal sealed class XmlSink : IDisposable
{
    private const int BufferSize = 1 << 16;

    /// <summary>UTF-16 characters converted at a time: at most three UTF-8 bytes each, so a slice fits an empty buffer.</summary>
    private const int MaxSlice = BufferSize / 4;

    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("&<>\r");
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("&<>\r\"\n\t");

    private readonly Stream stream;
    private readonly byte[] buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int position;
    private bool disposed;

    public XmlSink(Stream stream)
    {
        this.stream = stream;
    }

    public void Raw(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > buffer.Length - position)
        {
            Flush();
            if (utf8.Length > buffer.Length)
            {
                stream.Write(utf8);
                return;
            }
        }

        utf8.CopyTo(buffer.AsSpan(position));
        position += utf8.Length;
    }

    public void Number(long value)
    {
        Reserve(20);
        value.TryFormat(buffer.AsSpan(position), out var written, default, CultureInfo.InvariantCulture);
        position += written;
    }

    /// <summary>A number as the shortest text that reads back as the same double ("R").</summary>
    public void Number(double value)
    {
        Reserve(32);
        value.TryFormat(buffer.AsSpan(position), out var written, "R", CultureInfo.InvariantCulture);
        position += written;
    }

    /// <summary>Element content: &amp;, &lt;, &gt; as entities and a carriage return as &amp;#xD;.</summary>
    public void Text(ReadOnlySpan<char> text) => Escaped(text, TextSpecials);

    /// <summary>An attribute value between double quotes: also the quote, line feed and tab as references.</summary>
    public void Attribute(ReadOnlySpan<char> text) => Escaped(text, AttributeSpecials);

    public void Flush()
    {
        if (position > 0)
        {
            stream.Write(buffer, 0, position);
            position = 0;
        }
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        ArrayPool<byte>.Shared.Return(buffer);
    }

    private void Escaped(ReadOnlySpan<char> text, SearchValues<char> specials)
    {
        while (!text.IsEmpty)
        {
            var next = text.IndexOfAny(specials);
            var plain = next < 0 ? text : text[..next];
            Utf8(plain);
            if (next < 0)
            {
                return;
            }

            Raw(text[next] switch
            {
                '&' => "&amp;"u8,
                '<' => "&lt;"u8,
                '>' => "&gt;"u8,
                '\r' => "&#xD;"u8,
                '"' => "&quot;"u8,
                '\n' => "&#xA;"u8,
                _ => "&#x9;"u8,
            });
            text = text[(next + 1)..];
        }
    }

    private void Utf8(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var length = Math.Min(text.Length, MaxSlice);
            if (length < text.Length && char.IsHighSurrogate(text[length - 1]))
            {
                length--;
            }

            var slice = text[..length];
            Reserve(slice.Length * 3);
            position += Encoding.UTF8.GetBytes(slice, buffer.AsSpan(position));
            text = text[length..];
        }
    }

    private void Reserve(int bytes)
    {
        if (bytes > buffer.Length - position)
        {
            Flush();
        }
    }
}
