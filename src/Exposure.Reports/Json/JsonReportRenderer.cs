using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Exposure.Core.Reporting;

namespace Exposure.Reports.Json;

/// <summary>Writes the report model as JSON (schema: docs/report-json.md). Property names are camelCase, enums kebab-case strings, money as numbers.</summary>
public sealed class JsonReportRenderer : IReportRenderer
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public string Format => "json";
    public string FileName => "exposure-report.json";

    public void Render(ExposureReport report, Stream output) => JsonSerializer.Serialize(output, report, Options);

    /// <summary>A report read back from its JSON, with what the JSON leaves to be computed from its funds (<see cref="FilingEntries.Of"/>).</summary>
    public static ExposureReport Read(Stream input)
    {
        var report = JsonSerializer.Deserialize<ExposureReport>(input, Options) ?? throw new InvalidDataException("empty report");
        return report with { Summary = report.Summary with { Entries = FilingEntries.Of(report.Funds) } };
    }
}
