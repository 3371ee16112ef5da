using Exposure.Core.Identifiers;

namespace Exposure.Core.Tests.Identifiers;

public sealed class LeiTests
{
    [Theory]
    [InlineData("655600XIK27S3214IO50")] // Chenguang Biotech, from the reference list
    [InlineData("529900T8BM49AURSDO55")]
    public void Accepts_valid_leis(string lei) => Assert.True(Lei.IsValid(lei));

    [Theory]
    [InlineData("655600XIK27S3214IO51")]
    [InlineData("655600XIK27S3214IO5")]
    [InlineData("655600xik27s3214io50")]
    [InlineData(null)]
    public void Rejects_invalid_leis(string? lei) => Assert.False(Lei.IsValid(lei));
}
