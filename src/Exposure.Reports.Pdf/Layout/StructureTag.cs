namespace Exposure.Reports.Pdf.Layout;

/// <summary>A standard structure type of tagged PDF (ISO 32000-1, 14.8.4) and the kind of element it is.</summary>
public sealed record StructureTag(string Name, StructureKind Kind)
{
    public static StructureTag Section { get; } = new("Sect", StructureKind.Grouping);

    public static StructureTag Division { get; } = new("Div", StructureKind.Grouping);

    public static StructureTag TableOfContents { get; } = new("TOC", StructureKind.Grouping);

    public static StructureTag TableOfContentsItem { get; } = new("TOCI", StructureKind.Grouping);

    public static StructureTag Paragraph { get; } = new("P", StructureKind.Block);

    public static StructureTag List { get; } = new("L", StructureKind.Block);

    public static StructureTag ListItem { get; } = new("LI", StructureKind.Block);

    public static StructureTag Label { get; } = new("Lbl", StructureKind.Block);

    public static StructureTag ListBody { get; } = new("LBody", StructureKind.Block);

    public static StructureTag Table { get; } = new("Table", StructureKind.Block);

    public static StructureTag TableHead { get; } = new("THead", StructureKind.Block);

    public static StructureTag TableBody { get; } = new("TBody", StructureKind.Block);

    public static StructureTag TableRow { get; } = new("TR", StructureKind.Block);

    public static StructureTag HeaderCell { get; } = new("TH", StructureKind.Block);

    public static StructureTag DataCell { get; } = new("TD", StructureKind.Block);

    public static StructureTag Figure { get; } = new("Figure", StructureKind.Illustration);

    public static StructureTag Span { get; } = new("Span", StructureKind.Inline);

    /// <summary>H1 to H6; deeper levels are tagged H6.</summary>
    public static StructureTag Heading(int level) => new("H" + Math.Clamp(level, 1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture), StructureKind.Block);

    public bool IsHeading => Name is ['H', >= '1' and <= '6'];
}
