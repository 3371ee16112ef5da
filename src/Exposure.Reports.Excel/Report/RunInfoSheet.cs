using Exposure.Core.Reporting;
using Exposure.Reports.Excel.Writing;

namespace Exposure.Reports.Excel.Report;

internal static class RunInfoSheet
{
    public static KeyValueSheet Build(ExposureReport report)
    {
        var run = report.Run;
        var entries = new List<KeyValueEntry>
        {
            new("Tool version", CellContent.Text(run.ToolVersion)),
            new("Reference data version", CellContent.Text(run.ReferenceDataVersion)),
            new("Matching algorithm", CellContent.Text(run.MatchingAlgorithm)),
            new("Generated at (UTC)", run.GeneratedAt is { } t ? CellContent.DateTime(t.UtcDateTime) : CellContent.Text("not stamped (same inputs give the same report)")),
            new("Weight tolerance (percentage points)", CellContent.Decimal(run.WeightTolerancePercent)),
            new("Reference companies", CellContent.Integer(run.ReferenceData.Companies)),
            new("Reference names", CellContent.Integer(run.ReferenceData.Names)),
            new($"Reference {report.Terms.Entries}", CellContent.Integer(run.ReferenceData.Allegations)),
        };
        foreach (var list in run.Lists?.Lists ?? [])
        {
            entries.Add(new($"List: {list.Name}", CellContent.Text(
                $"{list.Format}, {list.DateShown}, {ListFraming.EntriesAccounted(list)}, {Wording.Count(list.Companies, "company", "companies")}, " +
                $"{Wording.Count(list.Problems, "problem", "problems")} reported; licence: {list.Licence ?? "not stated"}")));
            entries.Add(new("  SHA-256", CellContent.Text(list.Sha256)));
        }
        foreach (var input in run.Inputs)
        {
            entries.Add(new($"Input ({input.Role}): {input.Shown}", CellContent.Text($"{Wording.Count(input.Lines, "line", "lines")}, {Wording.Count(input.Bytes, "byte", "bytes")}")));
            entries.Add(new("  SHA-256", CellContent.Text(input.Sha256)));
        }
        return new KeyValueSheet("Run info", "How this report was produced", entries) { LabelWidth = 50, ValueWidth = 70 };
    }
}
