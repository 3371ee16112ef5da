using Exposure.Reports.Excel.Writing;

namespace Exposure.Reports.Excel.Tests.Writing;

internal sealed record Holding(
    string? Fund,
    string? Note,
    long? Shares,
    decimal? Weight,
    decimal? Value,
    decimal? Share,
    DateOnly? AsOf,
    DateTime? Updated,
    bool? Alleged,
    CellLink? Source);
