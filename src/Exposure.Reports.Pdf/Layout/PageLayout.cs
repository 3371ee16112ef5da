using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>The content of one page: body blocks in drawing order, plus the header and footer for this page.</summary>
public sealed class PageLayout
{
    internal PageLayout(PageInfo info, XRect body, IReadOnlyList<PlacedBlock> blocks, IReadOnlyList<PlacedBlock> decorations)
    {
        Info = info;
        Body = body;
        Blocks = blocks;
        Decorations = decorations;
    }

    public PageInfo Info { get; }

    /// <summary>The area between header and footer that body blocks fill.</summary>
    public XRect Body { get; }

    public IReadOnlyList<PlacedBlock> Blocks { get; }

    /// <summary>Header and footer blocks.</summary>
    public IReadOnlyList<PlacedBlock> Decorations { get; }
}
