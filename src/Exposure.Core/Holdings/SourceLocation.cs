namespace Exposure.Core.Holdings;

/// <summary>Where a record came from: the file as the user named it, its first physical line, and how many lines it spans.</summary>
public sealed record SourceLocation(string File, int Line, int LineCount = 1)
{
    public override string ToString() => LineCount > 1 ? $"{File}:{Line}-{Line + LineCount - 1}" : $"{File}:{Line}";
}
