using System.Security.Cryptography;

namespace Exposure.Core.Inputs;

/// <summary>
/// A read-only stream over an input file that hashes the bytes as they pass. Bytes are hashed once each, in order:
/// a reader may go back and read again (an encoding sniffed, then the text read), and only bytes past those already
/// hashed are added. Reaching the end gives its <see cref="InputSource"/> the file's SHA-256. A jump forward past bytes
/// not yet read (a zip's directory read first) stops hashing; the source then hashes the file on its own.
/// </summary>
internal sealed class HashingStream(Stream inner, InputSource source) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly long _length = inner.CanSeek ? inner.Length : -1;
    private long _position;
    private long _hashed;
    private bool _broken;
    private bool _done;

    public override bool CanRead => true;
    public override bool CanSeek => inner.CanSeek;
    public override bool CanWrite => false;
    public override long Length => inner.Length;

    public override long Position
    {
        get => _position;
        set => Seek(value, SeekOrigin.Begin);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        Take(buffer[..n]);
        return n;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var n = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Take(buffer.Span[..n]);
        return n;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int ReadByte()
    {
        Span<byte> one = stackalloc byte[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    private void Take(ReadOnlySpan<byte> bytes)
    {
        var start = _position;
        _position += bytes.Length;
        if (_broken || _done) return;
        if (start > _hashed)
        {
            _broken = true;
            return;
        }
        if (_position > _hashed)
        {
            _hash.AppendData(bytes[(int)(_hashed - start)..]);
            _hashed = _position;
        }
        if ((bytes.Length == 0 && _position == _hashed) || _hashed == _length)
        {
            _done = true;
            source.Hashed(Convert.ToHexStringLower(_hash.GetHashAndReset()), _hashed);
        }
    }

    public override long Seek(long offset, SeekOrigin origin) => _position = inner.Seek(offset, origin);

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
            _hash.Dispose();
        }
        base.Dispose(disposing);
    }
}
