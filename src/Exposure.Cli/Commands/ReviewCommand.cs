using System.CommandLine;
using System.Globalization;
using Exposure.Readers.Review;

namespace Exposure.Cli.Commands;

/// <summary><c>exposure review record</c>: appends decided review candidates to the decisions log.</summary>
public static class ReviewCommand
{
    public static Command Create(CommandContext context)
    {
        var candidates = new Option<string>("--candidates")
        {
            Description = "The review-candidates.csv of a run, with the decision, reviewer, decided_on and reason columns filled in for the lines decided.",
            HelpName = "file",
            Required = true,
        };
        var decisions = new Option<string>("--decisions")
        {
            Description = "The decisions log to append to (created if missing). Lines already in it are never changed; a later decision on the same security and company overrides an earlier one.",
            HelpName = "file",
            Required = true,
        };
        var record = new Command("record", "Append the decided lines of a candidates file to the decisions log.") { candidates, decisions };
        record.SetAction(parse =>
        {
            var from = parse.GetValue(candidates)!;
            var to = parse.GetValue(decisions)!;
            var n = ReviewFile.Record(from, from, to);
            context.Output.WriteLine(n == 0
                ? $"{from}: no line has a decision; nothing appended"
                : string.Create(CultureInfo.InvariantCulture, $"appended {n} decision{(n == 1 ? "" : "s")} to {to}; apply them with: exposure report --decisions {to}"));
            return ExitCodes.Ok;
        });
        return new Command("review", "Work with review decisions on candidate matches.") { record };
    }
}
