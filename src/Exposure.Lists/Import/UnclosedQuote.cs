using CsvHelper;
using Exposure.Core;

namespace Exposure.Lists.Import;

/// <summary>
/// A quote opened in a list file and never closed: the parser would read the rest of the file as one field, so the entries
/// after it would be lost without a word. Other stray quotes (<c>5" screen</c>) are read as they are.
/// </summary>
internal sealed class UnclosedQuote
{
    private bool _found;

    /// <summary>For <see cref="CsvHelper.Configuration.CsvConfiguration.BadDataFound"/>: notes a field whose opening quote is never closed.</summary>
    public void Check(BadDataFoundArgs args)
    {
        var field = args.Field;
        _found |= field.StartsWith('"') && field.AsSpan().Count('"') % 2 == 1;
    }

    /// <summary>Stops with a one-line error when the record just read opened a quote it never closed.</summary>
    public void ThrowIfFound(string displayName, int line)
    {
        if (!_found) return;
        throw new DataException(displayName, line, "a quote opened in this row is never closed: the rest of the file would be read as one field");
    }
}
