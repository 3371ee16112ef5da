namespace Exposure.Reports.Html.Tests.Browser;

/// <summary>The browser tests share one Chromium, started once.</summary>
[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "chromium";
}
