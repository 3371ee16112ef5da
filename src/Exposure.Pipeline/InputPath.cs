namespace Exposure.Pipeline;

/// <summary>A file the user named: where to read it, and how messages and reports name it (the path as given).</summary>
public sealed record InputPath(string Path, string DisplayName);
