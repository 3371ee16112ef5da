namespace Exposure.Reports.Excel.Writing;

public enum ColumnKind
{
    Text,
    WrappedText,
    Integer,
    Decimal,
    Money,
    Percent,
    Date,
    DateTime,
    Boolean,
    Hyperlink,

    /// <summary>Money that is a lower bound: a number, shown as "at least 1,234.00".</summary>
    MoneyAtLeast,

    /// <summary>A percentage that is a lower bound: a fraction, shown as "at least 1.46%".</summary>
    PercentAtLeast,
}
