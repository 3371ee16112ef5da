using Exposure.Cli.Terminal;

namespace Exposure.Cli.Commands;

/// <summary>What every command writes to (through <see cref="SafeTextWriter"/>), the clock it reads, and the terminal it prints on.</summary>
public sealed record CommandContext(TextWriter Output, TextWriter Error, TimeProvider Clock, TerminalInfo Terminal);
