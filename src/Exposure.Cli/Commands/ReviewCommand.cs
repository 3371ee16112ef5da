using System.CommandLine;
using System.Globalization;
using Exposure.Core.Review;
using Exposure.Pipeline.Output;
using Exposure.Readers.Review;

namespace Exposure.Cli.Commands;

/// <summary>
/// <c>exposure review record|accept|reject</c>: append decisions on findings to the decisions log (docs/review.md),
/// from a file a person filled in, or finding by finding.
/// </summary>
public static class ReviewCommand
{
    public const string DefaultFindings = "reports/decisions-template.csv";

    public static Command Create(CommandContext context) =>
        new("review", "Decide findings: accept or reject candidate matches, and set aside automatic matches a person finds wrong (docs/review.md).")
        {
            Record(context),
            Decide(context, ReviewVerdict.Accept),
            Decide(context, ReviewVerdict.Reject),
        };

    private static Option<string> DecisionsOption() => new("--decisions", "-d")
    {
        Description = "The decisions log to append to (created if missing). Lines already in it are never changed, and a decision it already holds is not appended again; a later decision on the same security and company overrides an earlier one.",
        HelpName = "file",
        Required = true,
    };

    private static Command Record(CommandContext context)
    {
        var candidates = new Option<string>("--candidates")
        {
            Description = "A file a run wrote, review-candidates.csv or decisions-template.csv, with the decision, reviewer, decided_on and reason columns filled in for the lines decided.",
            HelpName = "file",
            Required = true,
        };
        var decisions = DecisionsOption();
        var record = new Command("record", "Append the decided lines of a candidates or decisions-template file to the decisions log.") { candidates, decisions };
        record.SetAction(parse =>
        {
            var from = parse.GetValue(candidates)!;
            var to = parse.GetValue(decisions)!;
            var decided = ReviewFile.Load(from, from);
            if (decided.Count == 0)
            {
                context.Output.WriteLine($"{from}: no line has a decision; nothing appended");
                return ExitCodes.Ok;
            }

            Appended(context, Append(decided, to), to);
            return ExitCodes.Ok;
        });
        return record;
    }

    private static Command Decide(CommandContext context, ReviewVerdict verdict)
    {
        var accept = verdict == ReviewVerdict.Accept;
        var ids = new Argument<string[]>("finding")
        {
            Description = "The id of each finding to decide: the finding_id column of decisions-template.csv or review-candidates.csv, or a finding's id in exposure-report.json.",
            Arity = ArgumentArity.OneOrMore,
        };
        var reviewer = new Option<string>("--reviewer") { Description = "Who decided.", HelpName = "name", Required = true };
        var reason = new Option<string>("--reason") { Description = "Why, in a sentence a later reader can check.", HelpName = "text", Required = true };
        var date = new Option<string>("--date")
        {
            Description = "The day of the decision, YYYY-MM-DD; default today.",
            HelpName = "date",
        };
        var findings = new Option<string>("--findings")
        {
            Description = $"The decisions-template.csv of the run whose findings are decided (default {DefaultFindings}).",
            HelpName = "file",
            DefaultValueFactory = _ => DefaultFindings,
        };
        var decisions = DecisionsOption();
        var command = new Command(accept ? "accept" : "reject", accept
            ? "Accept findings by id: a candidate becomes a match on the next run."
            : "Reject findings by id: a candidate, or an automatic match a person finds wrong (a false positive), is set aside on the next run.")
        {
            ids, reviewer, reason, date, findings, decisions,
        };
        command.SetAction(parse =>
        {
            var who = Text(parse.GetValue(reviewer), "--reviewer");
            var why = Text(parse.GetValue(reason), "--reason");
            var day = Day(parse.GetValue(date), context.Clock);
            var template = parse.GetValue(findings) ?? DefaultFindings;
            var to = parse.GetValue(decisions)!;
            var known = ReviewFile.LoadFindings(template, template).ToDictionary(f => f.Id, StringComparer.OrdinalIgnoreCase);
            var chosen = new List<FindingRow>();
            foreach (var id in parse.GetValue(ids) ?? [])
            {
                chosen.Add(known.GetValueOrDefault(id.Trim())
                    ?? throw new UsageException($"no finding '{id}' in {template} (the ids are in its finding_id column)"));
            }

            var made = chosen.Select(f => new ReviewDecision(verdict, who, day, why, f.Key.CompanyId, f.Key.Isin, f.Key.Mic, f.Key.Ticker, f.Key.Name ?? "", to, 0) { Seen = f.Seen }).ToList();
            foreach (var f in chosen)
            {
                context.Output.WriteLine($"{(accept ? "accept" : "reject")} {f.Id}: {f.HoldingName ?? f.Key.Name ?? "?"} as {f.CompanyName ?? f.Key.CompanyId} " +
                    $"({f.State ?? "finding"}; {Security(f.Key)})");
            }

            Appended(context, Append(made, to), to);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Recorded Append(IReadOnlyList<ReviewDecision> decisions, string log)
    {
        try
        {
            return ReviewFile.Append(decisions, log);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputException.Because($"cannot append to the decisions log '{log}'", e);
        }
    }

    private static void Appended(CommandContext context, Recorded recorded, string log)
    {
        var n = recorded.Appended;
        var already = recorded.AlreadyInLog == 0 ? ""
            : string.Create(CultureInfo.InvariantCulture, $"; {recorded.AlreadyInLog} already in it, not appended again");
        context.Output.WriteLine(n == 0
            ? $"nothing appended to {log}: every decision is in it already"
            : string.Create(CultureInfo.InvariantCulture, $"appended {n} decision{(n == 1 ? "" : "s")} to {log}{already}; apply them with: exposure report --decisions {log}"));
    }

    private static string Security(DecisionKey key) =>
        key.Isin is not null ? $"ISIN {key.Isin}" : key.Mic is not null ? $"{key.Mic} {key.Ticker}" : $"name '{key.Name}'";

    private static string Text(string? value, string option) =>
        value?.Trim() is { Length: > 0 } v ? v : throw new UsageException($"{option}: give a value");

    private static DateOnly Day(string? text, TimeProvider clock)
    {
        if (text is null) return DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            throw new UsageException($"--date: '{text}' is not a date written YYYY-MM-DD");
        return day <= ReviewFile.LatestToday(clock) ? day : throw new UsageException($"--date: {text} is after today: a decision is dated the day it was made");
    }
}
