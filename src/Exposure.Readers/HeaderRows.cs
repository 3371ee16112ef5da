namespace Exposure.Readers;

/// <summary>
/// Where a table's header row may be: the first row that reads as one, after a preamble of at most
/// <see cref="MaxLinesAbove"/> lines (a title, an "as of" line, the fund's name and net assets). Holdings files and
/// lists written in a spreadsheet are read alike: a file without a header in its first lines is not a table of the kind.
/// </summary>
public static class HeaderRows
{
    /// <summary>Lines of preamble a header row may follow.</summary>
    public const int MaxLinesAbove = 100;

    /// <summary>What a header row is called among the lines that are not holdings.</summary>
    public const string What = "header";
}
