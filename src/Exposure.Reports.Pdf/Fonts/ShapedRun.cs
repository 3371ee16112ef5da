namespace Exposure.Reports.Pdf.Fonts;

/// <summary>A stretch of text drawn with one family of a <see cref="FontSet"/>; <see cref="FamilyIndex"/> is -1 when no font can draw it.</summary>
public readonly record struct ShapedRun(string Text, int FamilyIndex)
{
    public bool IsRenderable => FamilyIndex >= 0;
}
