namespace Exposure.Cli;

/// <summary>A command line that cannot be run as given; the message says what to change. Exit code 64.</summary>
public sealed class UsageException(string message) : Exception(message);
