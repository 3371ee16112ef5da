namespace Exposure.Reports.Pdf.Layout;

/// <summary>Elements that form one part of the document, laid out as they are and tagged together as a section (Sect).</summary>
public sealed class Section(IEnumerable<IElement> elements) : IElement
{
    public IReadOnlyList<IElement> Elements { get; } = elements.ToList();

    public IReadOnlyList<LayoutBlock> Layout(LayoutContext context, double width)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Within(context.NewStructure(StructureTag.Section), () => Elements.SelectMany(e => e.Layout(context, width)).ToList());
    }
}
