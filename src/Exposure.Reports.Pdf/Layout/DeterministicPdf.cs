using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>
/// Removes the randomness PDFsharp puts into a file (font subset tags, annotation names and XMP ids from
/// <see cref="Guid.NewGuid"/>, annotation dates from the clock, the trailer /ID) so the same document always gives the same bytes. The identifiers become a hash of the content.
/// </summary>
internal static partial class DeterministicPdf
{
    /// <summary>Sixteen characters written as the trailer /ID before the real, content-derived value replaces them.</summary>
    public const string IdPlaceholder = "ExposurePdfIdent";

    private static readonly string[] FontNameKeys = ["/BaseFont", "/FontName"];

    /// <summary>Replaces random six-letter subset tags ("ABCDEF+Font") with tags derived from the font name and order of appearance.</summary>
    public static void NormalizeSubsetTags(PdfDocument document)
    {
        var replacements = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var dictionary in document.Internals.GetAllObjects().OfType<PdfDictionary>())
        {
            foreach (var key in FontNameKeys)
            {
                var name = dictionary.Elements.GetName(key);
                if (name.Length < 9 || name[7] != '+')
                {
                    continue;
                }

                var tag = name[1..7];
                if (!replacements.TryGetValue(tag, out var replacement))
                {
                    replacement = TagFor($"{replacements.Count}:{name[8..]}");
                    replacements[tag] = replacement;
                }

                dictionary.Elements.SetName(key, "/" + replacement + name[7..]);
            }
        }
    }

    /// <summary>Gives annotations a name from their position instead of a random GUID, and the document's date instead of the clock's.</summary>
    public static void NormalizeAnnotations(PdfDocument document, DateTime timestamp)
    {
        for (var p = 0; p < document.PageCount; p++)
        {
            var annotations = document.Pages[p].Annotations;
            for (var a = 0; a < annotations.Count; a++)
            {
                annotations[a].Elements.SetString("/NM", string.Create(CultureInfo.InvariantCulture, $"annotation-{p + 1}-{a + 1}"));
                annotations[a].Elements.SetDateTime("/M", timestamp);
            }
        }
    }

    /// <summary>Sets the XMP document and instance ids and the trailer /ID from a hash of the file with those ids blanked.</summary>
    public static byte[] StampIdentifiers(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var placeholderHex = Convert.ToHexString(Encoding.Latin1.GetBytes(IdPlaceholder));
        var blank = XmpId().Replace(text, m => m.Groups["prefix"].Value + "00000000-0000-0000-0000-000000000000");
        var hash = SHA256.HashData(Encoding.Latin1.GetBytes(blank));
        var documentId = new Guid(hash.AsSpan(0, 16)).ToString();
        var instanceId = new Guid(hash.AsSpan(16, 16)).ToString();
        var stamped = XmpId().Replace(blank, m =>
            m.Groups["prefix"].Value + (m.Groups["kind"].Value == "Document" ? documentId : instanceId));
        stamped = stamped.Replace(placeholderHex, Convert.ToHexString(hash.AsSpan(0, 16)), StringComparison.Ordinal);
        return Encoding.Latin1.GetBytes(stamped);
    }

    private static string TagFor(string seed)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed));
        return string.Concat(hash.Take(6).Select(b => (char)('A' + b % 26)));
    }

    [GeneratedRegex("(?<prefix><xmpMM:(?<kind>Document|Instance)ID>uuid:)[0-9a-fA-F-]{36}")]
    private static partial Regex XmpId();
}
