using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.Structure;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>
/// Puts back together a structure element PDFsharp had to make twice: its second element's content moves to the end of
/// the first, the second leaves the tree, and the parent tree points the second's marked content at the first.
/// </summary>
internal static class ReopenedElements
{
    private const string PageKey = "/Pg";
    private const string KidsKey = "/K";
    private const string ParentKey = "/P";

    /// <summary>Moves the content of <paramref name="again"/> to the end of <paramref name="first"/> and takes it out of the tree.</summary>
    public static void Merge(PdfStructureElement first, PdfStructureElement again)
    {
        var kids = first.Elements.GetArray(KidsKey);
        if (kids is null)
        {
            kids = new PdfArray(first.Owner);
            first.Elements.SetObject(KidsKey, kids);
        }

        var firstPage = first.Elements.GetReference(PageKey);
        var againPage = again.Elements.GetReference(PageKey);
        if (firstPage is null && againPage is not null)
        {
            first.Elements[PageKey] = againPage;
            firstPage = againPage;
        }

        foreach (var kid in again.Elements.GetArray(KidsKey)?.Elements.ToList() ?? [])
        {
            switch (kid)
            {
                case PdfInteger mcid when againPage is not null && againPage.Value != firstPage!.Value:
                    var reference = new PdfDictionary(first.Owner);
                    reference.Elements.SetName("/Type", "/MCR");
                    reference.Elements[PageKey] = againPage;
                    reference.Elements.SetInteger("/MCID", mcid.Value);
                    kids.Elements.Add(reference);
                    break;
                case PdfReference { Value: PdfStructureElement child }:
                    child.Elements.SetReference(ParentKey, first);
                    kids.Elements.Add(child);
                    break;
                default:
                    kids.Elements.Add(kid);
                    break;
            }
        }

        if (again.Elements.GetReference(ParentKey)?.Value is PdfDictionary parent && parent.Elements.GetArray(KidsKey) is { } siblings)
        {
            for (var i = siblings.Elements.Count - 1; i >= 0; i--)
            {
                if (siblings.Elements[i] is PdfReference r && ReferenceEquals(r.Value, again))
                {
                    siblings.Elements.RemoveAt(i);
                }
            }
        }
    }

    /// <summary>Points the parent tree's entries for merged elements at the element they were merged into.</summary>
    public static void ReplaceInParentTree(PdfStructureTreeRoot root, Dictionary<PdfStructureElement, PdfStructureElement> merged)
    {
        var nums = root.Elements.GetDictionary("/ParentTree")?.Elements.GetArray("/Nums");
        if (nums is null)
        {
            return;
        }

        for (var i = 1; i < nums.Elements.Count; i += 2)
        {
            if (nums.Elements[i] is PdfArray parents)
            {
                for (var j = 0; j < parents.Elements.Count; j++)
                {
                    if (parents.Elements[j] is PdfReference { Value: PdfStructureElement again } && merged.TryGetValue(again, out var first))
                    {
                        parents.Elements[j] = first.Reference!;
                    }
                }
            }
            else if (nums.Elements[i] is PdfReference { Value: PdfStructureElement again } && merged.TryGetValue(again, out var first))
            {
                nums.Elements[i] = first.Reference!;
            }
        }
    }
}
