namespace Exposure.Reports.Pdf.Report;

/// <summary>The paper the PDF report is laid out on.</summary>
public enum PdfPageSize
{
    /// <summary>210 × 297 mm.</summary>
    A4,

    /// <summary>8.5 × 11 inches.</summary>
    Letter,
}

/// <summary>How <see cref="PdfReportRenderer"/> lays out and stamps the PDF.</summary>
public sealed record PdfReportOptions
{
    /// <summary>Folders searched for TrueType/OpenType fonts before the system font folders (the CLI's <c>--font-dir</c>).</summary>
    public IReadOnlyList<string> FontDirectories { get; init; } = [];

    public PdfPageSize PageSize { get; init; } = PdfPageSize.A4;

    /// <summary>
    /// The creation date written into the file. Null keeps wall-clock time out of the PDF: the latest as-of date of the
    /// funds is used (or 2000-01-01 when none is known), so the same inputs give the same bytes.
    /// </summary>
    public DateTimeOffset? Timestamp { get; init; }
}
