using System.Globalization;
using Exposure.Core.Portfolio;
using Exposure.Core.Reporting;
using Exposure.Pipeline;
using Spectre.Console;

namespace Exposure.Cli;

/// <summary>The short summary printed after a run: per fund, lines by state, value, flagged value and weight.</summary>
public static class TerminalSummary
{
    public static void Write(TextWriter output, RunResult result)
    {
        var interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!interactive) console.Profile.Width = 200;

        var report = result.Report;
        if (report.Run.IllustrativeNote is { } note) console.MarkupLine($"[yellow]{Markup.Escape(note)}[/]");
        if (report.Run.Lists is { } used && (used.Lists.Count > 1 || used.Issues.Count > 0))
        {
            static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
            foreach (var list in used.Lists)
                console.MarkupLine(Markup.Escape($"list: {list.Name} ({list.Format}, {list.Date ?? "undated"}): {N(list.Companies)} companies" +
                    (list.Problems > 0 ? $", {N(list.Problems)} values reported and left out" : "")));
            if (used.NamePairs.Count + used.Conflicts.Count > 0)
                console.MarkupLine(Markup.Escape($"lists: {N(used.NamePairs.Count)} same-name pairs kept apart, {N(used.Conflicts.Count)} identifier conflicts (workbook: List review)"));
        }

        var table = new Table().Border(TableBorder.Rounded).Title("Exposure by fund");
        table.AddColumn(new TableColumn("Fund").NoWrap());
        table.AddColumn("As of");
        foreach (var c in new[] { "Lines", "Not a holding", "Rejected", "Excluded", "Unmatched", "Matched", "Related", "Review" })
            table.AddColumn(new TableColumn(c).RightAligned());
        foreach (var c in new[] { "Fund value", "Flagged value", "Flagged weight" })
            table.AddColumn(new TableColumn(c).RightAligned());

        foreach (var f in report.Funds)
        {
            var l = f.Lines;
            table.AddRow(
                Markup.Escape(f.Name),
                f.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown",
                N(l.Total), N(l.NotAHolding), N(l.Rejected), N(l.Excluded), N(l.Unmatched), N(l.Matched), N(l.Related), N(l.NeedsReview),
                Wording.Money(f.FundValue, f.Currency), Wording.Money(f.FlaggedValue, f.Currency), Wording.Percent(f.FlaggedWeight));
        }
        console.Write(table);

        var s = report.Summary;
        console.WriteLine(
            $"{Wording.Count(s.CompaniesFlagged, "named company", "named companies")} and {Wording.Count(s.CompaniesRelated, "related company", "related companies")} held; " +
            $"{Wording.Count(s.Lines.NeedsReview, "line needs", "lines need")} review; {Wording.Count(s.Lines.Rejected, "line", "lines")} rejected (see rejected.csv).");
        if (report.Review.DecisionsFile is { } decisions)
            console.WriteLine(
                $"Review decisions ({decisions}): {Wording.Number(report.Review.Decisions)} in force, {Wording.Count(report.Review.RowsAccepted, "row", "rows")} accepted, " +
                $"{Wording.Number(report.Review.RowsRejected)} rejected, {Wording.Number(report.Review.Stale.Count)} stale.");
        if (s.FlaggedValue is { } flagged && s.ValueScreened is { } screened)
            console.WriteLine($"Flagged value {Wording.Money(flagged, s.Currency)} of {Wording.Money(screened, s.Currency)} screened ({Wording.Percent(s.FlaggedShare)})" +
                (Wording.DatesLabel(s.Dates, s.Funds) is { Length: > 0 } label ? $", {label}." : "."));
        foreach (var warning in s.Warnings) console.WriteLine($"Note: {warning.Text}");
        if (report.Portfolio is { } portfolio) WritePortfolio(console, portfolio);
        foreach (var path in result.Written) console.WriteLine($"wrote {path}");
    }

    private static void WritePortfolio(IAnsiConsole console, PortfolioExposure p)
    {
        var c = p.ReportCurrency;
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(p.Title));
        table.AddColumn("Holding");
        table.AddColumn("Manager");
        foreach (var h in new[] { $"Invested ({c})", $"Looked through ({c})", $"Named ({c})", "Named share", $"Related ({c})", $"Review ({c})" })
            table.AddColumn(new TableColumn(h).RightAligned());
        foreach (var e in p.Entries)
            table.AddRow(Markup.Escape(e.Name), Markup.Escape(e.Manager ?? ""), Money(e.AmountInReportCurrency, null), Money(e.LookedThrough, null),
                Money(e.FlaggedValue, null), Percent(e.FlaggedShare), Money(e.RelatedValue, null), Money(e.ReviewValue, null));
        table.AddRow("[bold]Scheme[/]", "", Money(p.TotalInvested, null), Money(p.Coverage.LookedThrough, null), Money(p.FlaggedValue, null),
            Percent(p.FlaggedShare), Money(p.RelatedValue, null), Money(p.ReviewValue, null));
        console.Write(table);
        console.WriteLine($"Looked through to company level: {Percent(p.Coverage.LookedThroughShare)} of {Money(p.TotalInvested, c)}; not looked through:");
        foreach (var g in p.Coverage.Gaps)
            console.WriteLine($"  {g.Path}: {Money(g.Value, c)} ({g.Reason})");
    }

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Money(decimal v, string? currency) =>
        (currency is null ? "" : currency + " ") + v.ToString("N0", CultureInfo.InvariantCulture);

    private static string Percent(decimal fraction) => fraction.ToString("0.000%", CultureInfo.InvariantCulture);
}
