namespace Exposure.Reports.Excel.Writing;

public sealed record BarChartPoint(string Category, decimal Value);
