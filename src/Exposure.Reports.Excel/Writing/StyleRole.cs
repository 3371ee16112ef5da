namespace Exposure.Reports.Excel.Writing;

internal enum StyleRole
{
    TableHeader,
    Title,
    Label,
    SectionHeader,
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
    MoneyAtLeast,
    PercentAtLeast,
}
