using Exposure.Reports.Excel.Writing;

namespace Exposure.Reports.Excel.Tests.Writing;

internal static class Workbooks
{
    public static byte[] Write(Action<WorkbookWriter> addSheets, WorkbookWriterOptions? options = null)
    {
        using var output = new MemoryStream();
        using (var writer = new WorkbookWriter(output, options))
        {
            addSheets(writer);
            writer.Complete();
        }

        return output.ToArray();
    }

    public static TableSheet<int> Numbers(string name) =>
        new TableSheet<int>(name).Integer("N", 8, i => i);
}
