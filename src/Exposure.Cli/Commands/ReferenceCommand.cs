using System.CommandLine;

namespace Exposure.Cli.Commands;

/// <summary><c>exposure reference check</c>: the earlier name of <c>exposure list check</c>, kept working.</summary>
public static class ReferenceCommand
{
    public static Command Create(CommandContext context) =>
        new("reference", "Work with the flagged-company list (the same as 'exposure list check').") { ListCommand.Check(context, "check") };
}
