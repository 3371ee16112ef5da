namespace Exposure.Readers.Csv;

/// <summary>
/// The fields of the current record of a <see cref="CsvRecordReader"/> by role: strings made only for the fields asked for,
/// numbers read from the buffer (in a file of decimal commas, by the file's own format through <see cref="NumberReading"/>;
/// in a file whose numbers could be read either way, those that could are left to it too).
/// </summary>
internal readonly struct CsvFields(CsvRecordReader record, ColumnMap map, FieldStrings strings, bool decimalComma = false, bool refusesEither = false)
    : HoldingRecords.IFields
{
    /// <summary>The field for a role, trimmed, with empty and <c>-</c> as null (as <see cref="ColumnMap.Get"/>).</summary>
    public string? Field(ColumnRole role)
    {
        var v = Trimmed(role);
        if (v.IsEmpty || v is "-") return null;
        return FieldStrings.Repeats(role) ? strings.Get(v) : v.ToString();
    }

    public bool TryNumber(ColumnRole role, out decimal? value)
    {
        var v = Trimmed(role);
        if (v.IsEmpty || v is "-")
        {
            value = null;
            return true;
        }
        if (decimalComma || (refusesEither && NumberForms.Of(v) == NumberForm.Either))
        {
            value = null;
            return false;
        }
        return NumberParser.TryParse(v, out value);
    }

    public string Header(ColumnRole role) => map.HeaderOf(role);

    public bool EndsWithPercent(ColumnRole role) => Trimmed(role) is { IsEmpty: false } v && v[^1] == '%';

    public string Raw() => record.RawRecord.TrimEnd("\r\n").ToString();

    private ReadOnlySpan<char> Trimmed(ColumnRole role)
    {
        var i = map.IndexOf(role);
        return i < 0 || i >= record.Count ? default : Trim(record[i]);
    }

    /// <summary>A field trimmed of spaces and non-breaking spaces (<c>Trim().Trim('\u00A0').Trim()</c>), at no cost when neither end is one.</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> field) =>
        field.IsEmpty || (!char.IsWhiteSpace(field[0]) && !char.IsWhiteSpace(field[^1])) ? field : field.Trim().Trim('\u00A0').Trim();
}
