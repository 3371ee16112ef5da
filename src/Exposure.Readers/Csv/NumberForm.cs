namespace Exposure.Readers.Csv;

/// <summary>What the way one value is written says of the file's decimal separator (<see cref="NumberForms.Of"/>).</summary>
internal enum NumberForm
{
    /// <summary>Nothing: no point and no comma (<c>1234</c>, <c>640k</c>), or not a number.</summary>
    Plain,

    /// <summary>A decimal point: <c>12.5</c>, <c>0.250</c>, <c>1,234.56</c>, <c>1,234,567</c>.</summary>
    DecimalPoint,

    /// <summary>A decimal comma: <c>12,5</c>, <c>0,250</c>, <c>1.234,56</c>, <c>1.234.567</c>.</summary>
    DecimalComma,

    /// <summary>Either: one separator followed by three digits, <c>1.500</c> or <c>250,000</c> (a decimal or a thousands separator).</summary>
    Either,
}
