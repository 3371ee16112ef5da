namespace Exposure.Reports.Pdf.Layout;

/// <summary>The PDF document information (title, subject, keywords, author, creating application) and the document's language.</summary>
public sealed record DocumentMetadata(string Title)
{
    public string? Subject { get; init; }

    public string? Keywords { get; init; }

    public string? Author { get; init; }

    public string? Creator { get; init; }

    /// <summary>The language of the document's text (/Lang), a BCP 47 tag; parts in other languages are marked where they are drawn.</summary>
    public string Language { get; init; } = "en";
}
