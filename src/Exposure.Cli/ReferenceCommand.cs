using System.CommandLine;

namespace Exposure.Cli;

/// <summary><c>exposure reference check</c>: the earlier name of <c>exposure list check</c>, kept working.</summary>
public static class ReferenceCommand
{
    public static Command Create(TextWriter output, TextWriter error) =>
        new("reference", "Work with the flagged-company list (the same as 'exposure list check').") { ListCommand.Check(output, error, "check") };
}
