using System.Security.Cryptography;
using Exposure.Core.Inputs;
using Exposure.TestSupport;

namespace Exposure.Core.Tests.Inputs;

/// <summary>Every input is hashed once, while it is read.</summary>
public sealed class InputSourceTests
{
    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static byte[] Bytes(int n) => Enumerable.Range(0, n).Select(i => (byte)(i * 7 % 251)).ToArray();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(100_000)]
    public void Reading_a_file_to_its_end_gives_its_hash(int size)
    {
        using var temp = new TempFolder();
        var bytes = Bytes(size);
        var path = Path.Combine(temp.Path, "f.bin");
        File.WriteAllBytes(path, bytes);
        var source = new InputSource(path, "f.bin", "holdings");
        using (var stream = source.OpenRead(4096)) stream.CopyTo(Stream.Null, 1000);
        File.WriteAllBytes(path, [1, 2, 3]); // read already: the hash must not come from a second read
        var file = source.Describe(7);
        Assert.Equal(Sha256(bytes), file.Sha256);
        Assert.Equal(size, file.Bytes);
        Assert.Equal(7, file.Lines);
        Assert.Equal("f.bin", file.Name);
        Assert.Equal("holdings", file.Role);
    }

    [Fact]
    public void Going_back_to_read_the_start_again_hashes_each_byte_once()
    {
        using var temp = new TempFolder();
        var bytes = Bytes(50_000);
        var path = Path.Combine(temp.Path, "f.bin");
        File.WriteAllBytes(path, bytes);
        var source = new InputSource(path, "f.bin", "holdings");
        using (var stream = source.OpenRead())
        {
            var head = new byte[8192];
            stream.ReadExactly(head);
            stream.Position = 0;
            stream.CopyTo(Stream.Null);
        }
        File.Delete(path);
        Assert.Equal(Sha256(bytes), source.Describe(0).Sha256);
    }

    [Fact]
    public void A_file_read_out_of_order_is_hashed_on_its_own()
    {
        using var temp = new TempFolder();
        var bytes = Bytes(20_000);
        var path = Path.Combine(temp.Path, "f.bin");
        File.WriteAllBytes(path, bytes);
        var source = new InputSource(path, "f.bin", "holdings");
        using (var stream = source.OpenRead())
        {
            stream.Seek(-100, SeekOrigin.End);
            stream.CopyTo(Stream.Null);
        }
        Assert.Equal(Sha256(bytes), source.Describe(0).Sha256);
    }
}
