using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Fonts;

/// <summary>The faces of one family used for the four text styles; a missing face is simulated from the nearest one.</summary>
public sealed class FontFamilyFaces
{
    public FontFamilyFaces(FontFace regular, FontFace? bold = null, FontFace? italic = null, FontFace? boldItalic = null)
    {
        Regular = regular;
        Bold = bold;
        Italic = italic;
        BoldItalic = boldItalic;
    }

    public string FamilyName => Regular.FamilyName;

    public FontFace Regular { get; }

    public FontFace? Bold { get; }

    public FontFace? Italic { get; }

    public FontFace? BoldItalic { get; }

    public IEnumerable<FontFace> Faces => new[] { Regular, Bold, Italic, BoldItalic }.OfType<FontFace>();

    public (FontFace Face, XStyleSimulations Simulations) Select(bool bold, bool italic) => (bold, italic) switch
    {
        (false, false) => (Regular, XStyleSimulations.None),
        (true, false) => Bold is { } b ? (b, XStyleSimulations.None) : (Regular, XStyleSimulations.BoldSimulation),
        (false, true) => Italic is { } i ? (i, XStyleSimulations.None) : (Regular, XStyleSimulations.ItalicSimulation),
        (true, true) => BoldItalic is { } bi ? (bi, XStyleSimulations.None)
            : Bold is { } b2 ? (b2, XStyleSimulations.ItalicSimulation)
            : Italic is { } i2 ? (i2, XStyleSimulations.BoldSimulation)
            : (Regular, XStyleSimulations.BoldItalicSimulation),
    };

    /// <summary>Groups the faces of one family by style; null when no upright regular-weight face exists.</summary>
    public static FontFamilyFaces? FromFaces(IEnumerable<FontFace> faces)
    {
        var list = faces.ToList();
        var regular = list.FirstOrDefault(f => !f.IsBold && !f.IsItalic);
        if (regular is null)
        {
            return null;
        }

        return new FontFamilyFaces(
            regular,
            list.FirstOrDefault(f => f.IsBold && !f.IsItalic),
            list.FirstOrDefault(f => !f.IsBold && f.IsItalic),
            list.FirstOrDefault(f => f.IsBold && f.IsItalic));
    }

    public override string ToString() => FamilyName;
}
