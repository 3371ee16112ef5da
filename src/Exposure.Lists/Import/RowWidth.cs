using System.Globalization;
using Exposure.Core;

namespace Exposure.Lists.Import;

/// <summary>
/// The fields a CSV list's row must have: as many as its header. A value with a comma and no quotes around it moves every
/// value after it into the wrong column (a source address read as a trading name, a country lost), and a file cut short
/// ends in a row with too few: either stops the reading with one line naming the row, so that no list is read wrong.
/// Empty fields past the last named column pass, where the header has unnamed columns after its last name (a file a
/// spreadsheet saved with empty columns, <c>name,country,,</c>): a row may stop before them, or run on with empty fields.
/// A header without them is not padded, and a row with one field more is one value too many, empty or not.
/// </summary>
internal sealed class RowWidth
{
    private readonly int _header;
    private readonly int _named;

    public RowWidth(IReadOnlyList<string> header)
    {
        _header = header.Count;
        _named = header.Count;
        while (_named > 0 && string.IsNullOrWhiteSpace(header[_named - 1])) _named--;
    }

    /// <summary>Stops with a one-line error naming <paramref name="line"/> when <paramref name="row"/>'s fields cannot be put in the header's columns.</summary>
    public void Check(IReadOnlyList<string> row, string displayName, int line)
    {
        if (row.Count == _header) return;
        if (_named < _header && row.Count >= _named && row.Skip(_named).All(string.IsNullOrWhiteSpace)) return;
        throw new DataException(displayName, line, row.Count > _header
            ? string.Create(CultureInfo.InvariantCulture, $"{row.Count} fields where the header has {_header}: a value with a comma and no quotes around it (\"Example Co., Ltd.\") puts the values after it in the wrong columns")
            : string.Create(CultureInfo.InvariantCulture, $"{row.Count} fields where the header has {_header}: the row is cut short (is the file complete?), or its values are not in the header's columns"));
    }
}
