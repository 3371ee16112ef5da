namespace Exposure.Reports.Excel.Writing;

internal static class ExcelDates
{
    private static readonly DateTime FirstUnambiguousDate = new(1900, 3, 1);

    /// <summary>
    /// The Excel 1900-system serial of a date and time. Before 1900-03-01 Excel counts the non-existent
    /// 1900-02-29 and other programs do not, so such dates get no serial.
    /// </summary>
    public static bool TryGetSerial(DateTime value, out double serial)
    {
        serial = value < FirstUnambiguousDate ? 0 : new DateTime(value.Ticks, DateTimeKind.Unspecified).ToOADate();
        return value >= FirstUnambiguousDate;
    }
}
