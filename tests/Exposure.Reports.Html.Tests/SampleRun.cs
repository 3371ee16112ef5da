using Exposure.Core.Reporting;

namespace Exposure.Reports.Html.Tests;

/// <summary>A run of the CLI, in this process, that wrote the HTML and the JSON for the same inputs.</summary>
public sealed record SampleRun(string Name, string Folder, string HtmlPath, string JsonPath, ExposureReport Report)
{
    public string Html => File.ReadAllText(HtmlPath);

    public string Json => File.ReadAllText(JsonPath);
}
