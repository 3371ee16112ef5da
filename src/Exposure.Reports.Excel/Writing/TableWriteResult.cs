namespace Exposure.Reports.Excel.Writing;

/// <summary>The sheets a table was written to, in order, and the number of data rows written.</summary>
public sealed record TableWriteResult(IReadOnlyList<string> SheetNames, long RowCount);
