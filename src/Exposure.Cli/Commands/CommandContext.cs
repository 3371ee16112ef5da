namespace Exposure.Cli.Commands;

/// <summary>What every command writes to, and the clock it reads.</summary>
public sealed record CommandContext(TextWriter Output, TextWriter Error, TimeProvider Clock);
