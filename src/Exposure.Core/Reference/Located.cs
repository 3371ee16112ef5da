namespace Exposure.Core.Reference;

/// <summary>A value read from a data file, with the line it came from so that errors can name it.</summary>
public sealed record Located<T>(T Value, string File, int Line);
