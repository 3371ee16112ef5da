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
}
