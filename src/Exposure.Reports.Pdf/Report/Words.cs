using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;

namespace Exposure.Reports.Pdf.Report;

/// <summary>The words the PDF uses for the model's codes (the same wording as the workbook).</summary>
internal static class Words
{
    public const string Title = Wording.ReportTitle;

    public const string Subtitle =
        "Which funds hold which companies named by public sources, how much, why each company is on the list, and where " +
        "that comes from.";

    /// <summary>
    /// The subtitle of this report: <see cref="Subtitle"/> when every list screened against is about Uyghur forced labour,
    /// else the companies on the lists, whatever the lists call them.
    /// </summary>
    public static string SubtitleOf(ExposureReport report) => ListFraming.UyghurOnly(report.Run.Lists)
        ? Subtitle
        : $"Which funds hold which of the {ListFraming.CompaniesCounted(2, report.Run.Lists)}, how much, why each company is on the list, and where that comes from.";

    /// <summary>The title of this report: <see cref="Title"/> when every list screened against is about Uyghur forced labour.</summary>
    public static string TitleOf(ExposureReport report) => ListFraming.Title(report.Run.Lists, Title);

    public const string ShortTitle = "Exposure report · Uyghur forced labour and Xinjiang surveillance";

    public static string Of(RowState state) => Wording.Of(state);

    public static string Of(Basis basis) => Wording.Of(basis);

    public static string Of(SubjectRelation relation) => Wording.Of(relation);

    public static string OfCompanyState(RowState state) => Wording.OfCompanyState(state);

    public static string Of(Exposure.Core.Portfolio.EntryKind kind) =>
        kind == Exposure.Core.Portfolio.EntryKind.Index ? "index mandate" : "fund";

    /// <summary>The model's "Named by 2 lists or reports" as it reads inside a sentence.</summary>
    public static string InSentence(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    /// <summary>A name that ends a sentence: "Co., Ltd." stays as it is, "ZTE Corporation" gets its full stop.</summary>
    public static string EndSentence(string text) => text.EndsWith('.') ? text : text + ".";

    public static string Of(FundValueBasis basis) => Wording.Of(basis);

    /// <summary>Where a date or name came from, when not from the file itself: "\n(file name)", "\n(command line)", "\n(portfolio file)".</summary>
    public static string Origin(MetadataOrigin origin) => origin switch
    {
        MetadataOrigin.FileName => "\n(file name)",
        MetadataOrigin.CommandLine => "\n(command line)",
        MetadataOrigin.Portfolio => "\n(portfolio file)",
        _ => "",
    };

    public static string Of(Evidence e) =>
        $"{e.Feature}: '{e.HoldingValue}' vs '{e.ReferenceValue}' ({Typography.Score(e.Score)}) {e.Note}".TrimEnd();

    /// <summary>"12 matched · 2 related · …", every state that has lines (<see cref="Wording.StatesWithLines"/>), then the total.</summary>
    /// <remarks>States with no line are left out, so that a narrow column stays a few lines tall; the total says the rest is none.</remarks>
    public static string Compact(StateCounts lines) =>
        string.Concat(Wording.StatesWithLines(lines, RowState.Matched, RowState.Related, RowState.NeedsReview, RowState.Unmatched, RowState.Excluded,
            RowState.Rejected, RowState.NotAHolding, RowState.LookedThrough).Select(s => s + " · ")) +
        $"{Typography.Plural(lines.Total, "line", "lines")} in all";
}
