namespace Exposure.Reports.Pdf.Layout;

/// <summary>The kinds of standard structure element of tagged PDF, which PDFsharp opens in different ways.</summary>
public enum StructureKind
{
    /// <summary>Groups other elements and holds no content of its own (Sect, Div, TOC, TOCI).</summary>
    Grouping,

    /// <summary>Holds content laid out as a block (P, H1…H6, L, LI, Lbl, LBody, Table, THead, TBody, TR, TH, TD).</summary>
    Block,

    /// <summary>Holds content inside a block (Span).</summary>
    Inline,

    /// <summary>A picture read through its alternative text (Figure).</summary>
    Illustration,
}
