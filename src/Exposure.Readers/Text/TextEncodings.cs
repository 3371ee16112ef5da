using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Exposure.Readers.Text;

/// <summary>The encoding a text file was found to be in.</summary>
/// <param name="Encoding">The encoding to decode the text after the byte-order mark with (replacing invalid bytes, never throwing).</param>
/// <param name="Name">A readable name: <c>UTF-8</c>, <c>UTF-8 with BOM</c>, <c>UTF-16LE</c>, <c>UTF-16BE</c>, <c>Windows-1252</c>.</param>
/// <param name="PreambleLength">Bytes of byte-order mark at the start of the file, skipped before decoding.</param>
/// <param name="LooksBinary">The bytes hold NULs that no text encoding explains: not a text file.</param>
public sealed record DetectedEncoding(Encoding Encoding, string Name, int PreambleLength, bool LooksBinary);

/// <summary>
/// Finds the encoding of a holdings text file: UTF-8 with or without byte-order mark, UTF-16 little or big endian (by
/// byte-order mark, or by where the NUL bytes of ASCII characters fall), and when the bytes are not valid UTF-8: UTF-8
/// all the same for a UTF-8 file with a few stray bytes, GB18030 for Chinese text saved by Excel on a Chinese Windows,
/// else Windows-1252 (files saved by Excel on a Western Windows as "CSV" rather than "CSV UTF-8").
/// </summary>
public static class TextEncodings
{
    private const int SampleBytes = 8192;

    /// <summary>Windows-1252 (Western European), with the code-page provider registered.</summary>
    public static Encoding Windows1252 { get; } = RegisterCodePages();

    private static Encoding RegisterCodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    /// <summary>GB18030 (Chinese; a superset of GBK and GB2312), with the code-page provider registered.</summary>
    private static Encoding Gb18030
    {
        get
        {
            EnsureCodePages();
            return Encoding.GetEncoding(54936);
        }
    }

    /// <summary>Makes the code-page encodings (1252, Shift-JIS, GB18030 ...) available to <see cref="Encoding.GetEncoding(string)"/>.</summary>
    public static void EnsureCodePages() => _ = Windows1252;

    /// <summary>Detects the encoding of a file.</summary>
    public static DetectedEncoding Detect(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Detect(stream);
    }

    /// <summary>Detects the encoding of a seekable stream, reading it from the start; leaves it at the start.</summary>
    public static DetectedEncoding Detect(Stream stream) => Detect(stream, wholeFile: true);

    /// <param name="wholeFile">Check the whole stream is valid UTF-8 (for reading it); false checks the sample only (for sniffing).</param>
    private static DetectedEncoding Detect(Stream stream, bool wholeFile)
    {
        stream.Position = 0;
        var sample = new byte[SampleBytes];
        var n = ReadFully(stream, sample);
        var head = sample.AsSpan(0, n);
        stream.Position = 0;

        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return new(new UTF8Encoding(false), "UTF-8 with BOM", 3, false);
        // A byte-order mark read once as Windows-1252 text (ï»¿) and saved again as UTF-8, as a spreadsheet's default import
        // does: the three characters are not part of the first header or the fund's name, and are skipped as a mark is.
        var misread = head.StartsWith(MisreadBom) ? MisreadBom.Length : 0;
        var utf8Name = misread > 0 ? ", with a byte-order mark misread as text (ï»¿)" : "";
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return new(new UTF32Encoding(false, false), "UTF-32LE", 4, false);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return new(new UnicodeEncoding(false, false), "UTF-16LE", 2, false);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return new(new UnicodeEncoding(true, false), "UTF-16BE", 2, false);

        if (Utf16ByNuls(head) is { } bigEndian)
            return new(new UnicodeEncoding(bigEndian, false), bigEndian ? "UTF-16BE" : "UTF-16LE", 0, false);

        var binary = head.Contains((byte)0);
        var utf8 = wholeFile ? IsValidUtf8(stream) : IsValidUtf8Start(head, complete: n < SampleBytes);
        if (utf8) return new(new UTF8Encoding(false), "UTF-8" + utf8Name, misread, binary);
        return (wholeFile ? Guess(stream) : Guess(head)) switch
        {
            Guessed.Utf8 => new(new UTF8Encoding(false), "UTF-8 (with bytes that are not UTF-8, replaced)" + utf8Name, misread, binary),
            Guessed.Gb18030 => new(Gb18030, "GB18030", 0, binary),
            _ => new(Windows1252, "Windows-1252", 0, binary),
        };
    }

    /// <summary>The UTF-8 bytes of "ï»¿": a UTF-8 byte-order mark decoded as Windows-1252 and encoded again as UTF-8.</summary>
    private static ReadOnlySpan<byte> MisreadBom => [0xC3, 0xAF, 0xC2, 0xBB, 0xC2, 0xBF];

    /// <summary>The text a UTF-8 byte-order mark becomes when read as Windows-1252: at the start of a cell or line, it is no part of it.</summary>
    public const string MisreadBomText = "\u00EF\u00BB\u00BF";

    /// <summary>A text without a byte-order mark, or its misread form (<see cref="MisreadBomText"/>), at its start.</summary>
    public static string TrimByteOrderMark(string text) =>
        text.StartsWith(MisreadBomText, StringComparison.Ordinal) ? text[MisreadBomText.Length..] : text.TrimStart('\uFEFF');

    private enum Guessed { Windows1252, Utf8, Gb18030 }

    private static Guessed Guess(Stream stream)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            stream.Position = 0;
            var counts = new ByteCounts();
            int n;
            while ((n = stream.Read(bytes, 0, 1 << 16)) > 0) counts.Add(bytes.AsSpan(0, n));
            return counts.Guess();
        }
        finally
        {
            stream.Position = 0;
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static Guessed Guess(ReadOnlySpan<byte> head)
    {
        var counts = new ByteCounts();
        counts.Add(head);
        return counts.Guess();
    }

    /// <summary>
    /// What the bytes above 0x7F say of a file that is not all valid UTF-8, read two ways at once:
    /// <list type="bullet">
    /// <item>Valid UTF-8 sequences of two bytes or more, outnumbering the bytes that are not twenty to one (a UTF-8 file
    /// with a stray byte pasted in): UTF-8, the stray bytes replaced. Decoding the whole file as Windows-1252 would garble
    /// every name in another script (紫金矿业 read as ç´«é‡‘çŸ¿ä¸š).</item>
    /// <item>Every such byte in a GB2312 double byte (lead and trail 0xA1–0xFE), at least four of them: Chinese text as
    /// Excel on a Chinese Windows saves it, read as GB18030. An accented Latin letter in Windows-1252 is followed by an
    /// ASCII letter, a space or a comma far more often than by another accented letter, so Latin text is not taken for
    /// it (GBK's wider ranges would take "ün" in "München" for a pair; a Chinese file with characters beyond GB2312 is
    /// read as Windows-1252, as before).</item>
    /// <item>Otherwise Windows-1252 (Excel on a Western Windows).</item>
    /// </list>
    /// A sequence cut at the end of a sample counts against neither.
    /// </summary>
    private struct ByteCounts
    {
        private int _utf8Need;
        private long _validMultiByte;
        private long _invalid;
        private bool _gbLead;
        private long _gbPairs;
        private long _gbUnpaired;

        public void Add(ReadOnlySpan<byte> bytes)
        {
            foreach (var b in bytes)
            {
                Utf8Byte(b);
                GbByte(b);
            }
        }

        private void Utf8Byte(byte b)
        {
            if (_utf8Need > 0)
            {
                if (b is >= 0x80 and <= 0xBF)
                {
                    if (--_utf8Need == 0) _validMultiByte++;
                    return;
                }
                _invalid++;
                _utf8Need = 0;
            }
            if (b < 0x80) return;
            _utf8Need = b is >= 0xC2 and <= 0xDF ? 1 : b is >= 0xE0 and <= 0xEF ? 2 : b is >= 0xF0 and <= 0xF4 ? 3 : 0;
            if (_utf8Need == 0) _invalid++;
        }

        private void GbByte(byte b)
        {
            if (_gbLead)
            {
                _gbLead = false;
                if (b is >= 0xA1 and <= 0xFE)
                {
                    _gbPairs++;
                    return;
                }
                _gbUnpaired++;
            }
            if (b < 0x80) return;
            if (b is >= 0xA1 and <= 0xFE) _gbLead = true;
            else _gbUnpaired++;
        }

        public readonly Guessed Guess() =>
            _validMultiByte >= 4 && _invalid * 20 <= _validMultiByte ? Guessed.Utf8
            : _gbPairs >= 4 && _gbUnpaired == 0 ? Guessed.Gb18030
            : Guessed.Windows1252;
    }

    /// <summary>Opens a file for reading as text in its detected encoding, positioned after any byte-order mark.</summary>
    public static StreamReader OpenText(string path) => OpenText(path, out _);

    /// <inheritdoc cref="OpenText(string)"/>
    public static StreamReader OpenText(string path, out DetectedEncoding detected) =>
        OpenText(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), out detected);

    /// <summary>Reads a seekable stream as text in its detected encoding, positioned after any byte-order mark; the reader owns the stream.</summary>
    public static StreamReader OpenText(Stream stream, out DetectedEncoding detected)
    {
        try
        {
            detected = Detect(stream);
            stream.Position = detected.PreambleLength;
            return new StreamReader(stream, detected.Encoding, detectEncodingFromByteOrderMarks: false);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Opens a file for reading as text in a given encoding, skipping that encoding's byte-order mark when present.</summary>
    public static StreamReader OpenText(string path, Encoding encoding) =>
        OpenText(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), encoding);

    /// <summary>Reads a seekable stream as text in a given encoding, skipping that encoding's byte-order mark when present; the reader owns the stream.</summary>
    public static StreamReader OpenText(Stream stream, Encoding encoding)
    {
        var preamble = encoding.GetPreamble();
        if (preamble.Length > 0)
        {
            var head = new byte[preamble.Length];
            var n = ReadFully(stream, head);
            stream.Position = n == preamble.Length && head.AsSpan().SequenceEqual(preamble) ? preamble.Length : 0;
        }
        return new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false);
    }

    /// <summary>
    /// Reads the start of a file as text (at most <paramref name="maxBytes"/> bytes) in the encoding its start suggests,
    /// for sniffing what kind of file it is; only the start is read.
    /// </summary>
    public static string ReadHead(string path, int maxBytes, out DetectedEncoding detected)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        detected = Detect(stream, wholeFile: false);
        stream.Position = detected.PreambleLength;
        var buffer = new byte[maxBytes];
        var n = ReadFully(stream, buffer);
        return detected.Encoding.GetString(buffer, 0, n);
    }

    /// <summary>Whether a sample is valid UTF-8; a sequence cut at the end of an incomplete sample is not held against it.</summary>
    private static bool IsValidUtf8Start(ReadOnlySpan<byte> head, bool complete)
    {
        var chars = ArrayPool<char>.Shared.Rent(head.Length + 1);
        try
        {
            var status = Utf8.ToUtf16(head, chars, out _, out _, replaceInvalidSequences: false, isFinalBlock: complete);
            return status is OperationStatus.Done or OperationStatus.NeedMoreData;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>
    /// UTF-16 without byte-order mark: text that is mostly ASCII has a NUL in every other byte. True for big endian,
    /// false for little endian, null when the sample does not look like UTF-16.
    /// </summary>
    private static bool? Utf16ByNuls(ReadOnlySpan<byte> head)
    {
        var pairs = head.Length / 2;
        if (pairs < 2) return null;
        int evenNuls = 0, oddNuls = 0;
        for (var i = 0; i + 1 < head.Length; i += 2)
        {
            if (head[i] == 0) evenNuls++;
            if (head[i + 1] == 0) oddNuls++;
        }
        // A quarter of the characters in the Basic Latin range is plenty: digits, commas and line breaks alone give that in a CSV.
        var enough = Math.Max(1, pairs / 4);
        if (oddNuls >= enough && evenNuls <= oddNuls / 20) return false;
        if (evenNuls >= enough && oddNuls <= evenNuls / 20) return true;
        return null;
    }

    /// <summary>Whether the whole stream is valid UTF-8 (streamed in blocks, sequences split across blocks carried over).</summary>
    private static bool IsValidUtf8(Stream stream)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(1 << 16);
        var chars = ArrayPool<char>.Shared.Rent(1 << 16);
        try
        {
            stream.Position = 0;
            var carry = 0;
            while (true)
            {
                var n = stream.Read(bytes, carry, (1 << 16) - carry);
                var final = n == 0;
                var span = bytes.AsSpan(0, carry + n);
                var status = Utf8.ToUtf16(span, chars, out var read, out _, replaceInvalidSequences: false, isFinalBlock: final);
                if (status == OperationStatus.InvalidData) return false;
                if (final) return status == OperationStatus.Done;
                carry = span.Length - read;
                span[read..].CopyTo(bytes);
            }
        }
        finally
        {
            stream.Position = 0;
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static int ReadFully(Stream stream, byte[] buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var n = stream.Read(buffer, total, buffer.Length - total);
            if (n == 0) break;
            total += n;
        }
        return total;
    }
}
