namespace Exposure.Reports.Excel.Writing;

internal static class RelationshipTypes
{
    public const string Namespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public const string OfficeDocument = Namespace + "/officeDocument";
    public const string Worksheet = Namespace + "/worksheet";
    public const string Styles = Namespace + "/styles";
    public const string SharedStrings = Namespace + "/sharedStrings";
    public const string Table = Namespace + "/table";
    public const string Drawing = Namespace + "/drawing";
    public const string Chart = Namespace + "/chart";
    public const string Hyperlink = Namespace + "/hyperlink";
}
