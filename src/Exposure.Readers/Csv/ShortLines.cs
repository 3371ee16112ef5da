using System.Globalization;
using Exposure.Core.Holdings;

namespace Exposure.Readers.Csv;

/// <summary>
/// Decides, for the lines after the header that are not rows (blank lines, and lines with fewer fields than the header),
/// whether they are inside the data block or in the trailing block, in file order.
/// </summary>
/// <remarks>
/// A row is a non-blank line with at least as many fields as the header (or as a mapping reads); in a worksheet, whose
/// rows do not store their empty cells at the end, a row with a cell in a market value or weight column or beyond. The
/// data block runs from the header to the last row and on to the first blank line after it; the trailing block is that
/// blank line and everything after it. A short line inside the data block is rejected ("has 1 field where the header has
/// 4", or its quoting problem); in the trailing block it is footer, unless it has more than two filled fields or a quote
/// that is never closed, when it is rejected. A worksheet has no short lines, as it stores no empty cells: a sheet's row
/// that ends before its figure columns is read as a row inside the data block, and is footer in the trailing block only
/// with two filled cells or fewer (<see cref="Unfilled"/>). Lines after a blank line wait here until a row comes (they
/// were inside the data block) or the file ends (they were the trailing block); at most <see cref="MaxWaiting"/> of them
/// wait, and more are taken as inside the data block, since no footer is that long.
/// </remarks>
/// <param name="wanted">What a row needs, for the reason a short line is rejected: "the header has 4".</param>
internal sealed class ShortLines(string wanted)
{
    /// <summary>For a file whose rows have as many fields as its header.</summary>
    public static ShortLines ForHeader(int fields) => new(string.Create(CultureInfo.InvariantCulture, $"the header has {fields}"));

    /// <summary>For a worksheet, whose reader tells a short row and gives its reason (a row stores no cells after its last value).</summary>
    public static ShortLines ForSheet() => new("");

    /// <summary>The most lines held back after a blank line; a footer is a few records.</summary>
    public const int MaxWaiting = 1000;

    private static readonly List<ReadItem> None = [];
    private readonly List<Waiting> _waiting = [];
    private bool _afterBlank;

    /// <summary>A blank line: the items to yield now (none while lines are held back).</summary>
    public List<ReadItem> Blank(SourceLocation source)
    {
        _afterBlank = true;
        if (_waiting.Count == 0) return [new NotAHolding(source, "blank line")];
        _waiting.Add(new Waiting(source, null, "", Footer: true, Read: null));
        return Overflow();
    }

    /// <summary>A non-blank line with fewer fields than the header: the items to yield now.</summary>
    /// <param name="source">Where the line is.</param>
    /// <param name="fields">Its fields.</param>
    /// <param name="filled">Its fields that are not blank.</param>
    /// <param name="badField">Its first field with broken quoting, as written, or null.</param>
    /// <param name="raw">The line as the file has it, without its line break.</param>
    public List<ReadItem> Short(SourceLocation source, int fields, int filled, string? badField, string raw)
    {
        var reason = badField is not null
            ? CsvRecords.QuotingProblem(badField, source.Line, source.LineCount)
            : string.Create(CultureInfo.InvariantCulture, $"has {fields} {(fields == 1 ? "field" : "fields")} where {wanted}");
        return Short(source, reason, filled <= 2 && !(badField is not null && CsvRecords.IsUnclosed(badField)), raw);
    }

    /// <summary>A non-blank line that is not a row, for a reason its reader gives: the items to yield now.</summary>
    /// <param name="source">Where the line is.</param>
    /// <param name="reason">Why it is rejected inside the data block.</param>
    /// <param name="footer">True when, in the trailing block, it may be footer (two filled fields or fewer, nothing left open).</param>
    /// <param name="raw">The line as the file has it.</param>
    private List<ReadItem> Short(SourceLocation source, string reason, bool footer, string raw)
    {
        if (!_afterBlank) return [new Rejected(source, reason, raw)];
        _waiting.Add(new Waiting(source, reason, raw, footer, null));
        return Overflow();
    }

    /// <summary>
    /// A worksheet's row that ends before its first market value or weight column: the items to yield now. A sheet stores no
    /// empty cells, so the row is as wide as the header, its figures empty: inside the data block it is read as a row is
    /// (<paramref name="read"/>, a holding with its value unknown); in the trailing block it is footer when
    /// <paramref name="footer"/> (two filled cells or fewer), else read too.
    /// </summary>
    public List<ReadItem> Unfilled(SourceLocation source, ReadItem read, bool footer)
    {
        if (!_afterBlank) return [read];
        _waiting.Add(new Waiting(source, null, "", footer, read));
        return Overflow();
    }

    /// <summary>A row: the lines held back were inside the data block.</summary>
    public List<ReadItem> Row()
    {
        _afterBlank = false;
        return _waiting.Count == 0 ? None : Release(inDataBlock: true);
    }

    /// <summary>The end of the file: the lines held back were the trailing block.</summary>
    public List<ReadItem> End() => _waiting.Count == 0 ? None : Release(inDataBlock: false);

    private List<ReadItem> Overflow() => _waiting.Count > MaxWaiting ? Release(inDataBlock: true) : None;

    private List<ReadItem> Release(bool inDataBlock)
    {
        var items = new List<ReadItem>(_waiting.Count);
        foreach (var w in _waiting)
        {
            if (w.Read is not null) items.Add(inDataBlock || !w.Footer ? w.Read : new NotAHolding(w.Source, "footer"));
            else if (w.Reason is null) items.Add(new NotAHolding(w.Source, "blank line"));
            else if (inDataBlock || !w.Footer) items.Add(new Rejected(w.Source, w.Reason, w.Raw));
            else items.Add(new NotAHolding(w.Source, "footer"));
        }
        _waiting.Clear();
        return items;
    }

    /// <summary>
    /// A line held back: a blank line (no reason, nothing read), a short line with the reason it is rejected if it is, or a
    /// worksheet's row ending before its figures with what it reads as.
    /// </summary>
    private sealed record Waiting(SourceLocation Source, string? Reason, string Raw, bool Footer, ReadItem? Read);
}
