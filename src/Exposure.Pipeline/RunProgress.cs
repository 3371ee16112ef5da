namespace Exposure.Pipeline;

/// <summary>Where a run is: files done of all, holding rows read so far, and the step under way.</summary>
public sealed record RunProgress(int FilesDone, int FilesTotal, long RowsRead, string Step);
