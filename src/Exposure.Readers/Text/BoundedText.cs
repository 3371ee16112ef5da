using System.Globalization;
using System.Text;
using Exposure.Core;
using Exposure.Core.Inputs;

namespace Exposure.Readers.Text;

/// <summary>
/// Reads input files with a bound on the bytes read (<see cref="InputLimits"/>): a file larger than the bound, or one
/// that never ends (<c>/dev/zero</c>, a pipe), stops with a one-line <see cref="DataException"/> naming the file once the
/// bound is passed, having held at most the bound in memory. Files are hashed as they are read (<see cref="InputSource"/>).
/// </summary>
public static class BoundedText
{
    /// <summary>
    /// The whole file as text, in the encoding found by <see cref="TextEncodings"/> (UTF-8 with or without byte-order
    /// mark, UTF-16, Windows-1252), without the byte-order mark. Works for pipes and devices too.
    /// </summary>
    /// <param name="source">The file.</param>
    /// <param name="maxBytes">The most the file may hold.</param>
    /// <param name="what">What the file is, for the message: <c>a mapping file</c>, <c>a portfolio file</c> ...</param>
    public static string ReadAll(InputSource source, long maxBytes, string what)
    {
        if (!File.Exists(source.Path)) throw new DataException(source.DisplayName, null, "file not found");
        TooLargeBySize(source, maxBytes, what);
        using var buffer = new MemoryStream();
        using (var stream = Open(source, maxBytes, what)) stream.CopyTo(buffer);
        buffer.Position = 0;
        using var reader = TextEncodings.OpenText(buffer, out _);
        return reader.ReadToEnd();
    }

    /// <summary>The file as UTF-8 text (a byte-order mark skipped), streamed; reading past <paramref name="maxBytes"/> stops with a <see cref="DataException"/>.</summary>
    /// <param name="source">The file.</param>
    /// <param name="maxBytes">The most the file may hold.</param>
    /// <param name="what">What the file is, for the message: <c>a list file</c>, <c>an exchange-rates file</c> ...</param>
    public static StreamReader OpenText(InputSource source, long maxBytes, string what) =>
        new(Open(source, maxBytes, what), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);

    /// <summary>The file's bytes, streamed; reading past <paramref name="maxBytes"/> stops with a <see cref="DataException"/>.</summary>
    /// <param name="source">The file.</param>
    /// <param name="maxBytes">The most the file may hold.</param>
    /// <param name="what">What the file is, for the message: <c>a list file</c> ...</param>
    public static Stream Open(InputSource source, long maxBytes, string what)
    {
        TooLargeBySize(source, maxBytes, what);
        return new BoundedStream(source.OpenRead(), maxBytes, () => TooLarge(source.DisplayName, maxBytes, what));
    }

    /// <summary>The message for a file past its bound.</summary>
    public static DataException TooLarge(string displayName, long maxBytes, string what) =>
        new(displayName, null, $"larger than {Size(maxBytes)}, more than {what} can be: is it the right file?");

    /// <summary>A size in bytes as people write it: <c>1 KiB</c>, <c>16 MiB</c>, <c>2.5 GiB</c>.</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1L << 30 => (bytes / (double)(1L << 30)).ToString("0.#", CultureInfo.InvariantCulture) + " GiB",
        >= 1L << 20 => (bytes / (double)(1L << 20)).ToString("0.#", CultureInfo.InvariantCulture) + " MiB",
        >= 1L << 10 => (bytes / (double)(1L << 10)).ToString("0.#", CultureInfo.InvariantCulture) + " KiB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " bytes",
    };

    private static void TooLargeBySize(InputSource source, long maxBytes, string what)
    {
        var info = new FileInfo(source.Path);
        if (info.Exists && info.Length > maxBytes) throw TooLarge(source.DisplayName, maxBytes, what);
    }

    /// <summary>A read-only stream that fails once more than a bound has been read from it (a seek back does not give bytes back).</summary>
    private sealed class BoundedStream(Stream inner, long maxBytes, Func<Exception> tooLarge) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => inner.CanSeek;
        public override bool CanWrite => false;
        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.Position;
            set => inner.Position = value;
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            // One byte more than the bound is asked for, so that a file of exactly the bound is read whole and one byte longer is not.
            var room = maxBytes + 1 - _read;
            if (room <= 0) throw tooLarge();
            var n = inner.Read(buffer[..(int)Math.Min(buffer.Length, room)]);
            Count(n);
            return n;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var room = maxBytes + 1 - _read;
            if (room <= 0) throw tooLarge();
            var n = await inner.ReadAsync(buffer[..(int)Math.Min(buffer.Length, room)], cancellationToken).ConfigureAwait(false);
            Count(n);
            return n;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private void Count(int n)
        {
            _read += n;
            if (_read > maxBytes) throw tooLarge();
        }

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void Flush()
        {
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
