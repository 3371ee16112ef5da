namespace Exposure.Reports.Pdf.Layout;

/// <summary>The PDF document information (title, subject, keywords, author, creating application).</summary>
public sealed record DocumentMetadata(string Title)
{
    public string? Subject { get; init; }

    public string? Keywords { get; init; }

    public string? Author { get; init; }

    public string? Creator { get; init; }
}
