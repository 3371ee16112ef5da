using System.Globalization;
using Exposure.Core.Portfolio;
using Exposure.Core.Reporting;
using Exposure.Reports.Html.Markup;

namespace Exposure.Reports.Html.Report;

/// <summary>
/// What every section writes with: the report model (the only source of figures), the writer, and helpers that write a
/// figure the same way everywhere. Each figure is a <c>data</c> element whose <c>value</c> is the model's exact number
/// and whose <c>data-figure</c> is where the same number is in <c>exposure-report.json</c> (e.g. <c>summary.flaggedValue</c>,
/// <c>funds[0].flaggedWeight</c>), so the page can be checked against the JSON.
/// </summary>
internal sealed class ReportPage
{
    private readonly Dictionary<string, FundExposure> _funds;
    private readonly Dictionary<string, string> _companyAnchors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntryExposure> _entries;
    private int _ids;

    public ReportPage(ExposureReport report)
    {
        Report = report;
        _funds = report.Funds.GroupBy(f => f.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _entries = report.Portfolio?.Entries.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal) ?? [];
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var company in MarketLayout.ProfiledCompanies(report))
        {
            if (_companyAnchors.ContainsKey(company.Id))
            {
                continue;
            }

            var id = HtmlText.Id("company", company.Id);
            for (var n = 2; !taken.Add(id); n++)
            {
                id = HtmlText.Id("company", company.Id) + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            _companyAnchors[company.Id] = id;
        }
    }

    public ExposureReport Report { get; }

    public PortfolioExposure? Portfolio => Report.Portfolio;

    /// <summary>The currency of money totals and column headers; null when funds report in different currencies (cells then carry their own).</summary>
    public string? Currency => Report.Summary.Currency;

    public HtmlWriter W { get; } = new();

    public string? FundCurrency(string fundId) => _funds.TryGetValue(fundId, out var fund) ? fund.Currency : null;

    /// <summary>What a missing value of the fund reads: "weights only" for a constituent list, else "unknown".</summary>
    public string MissingValue(string fundId) => Wording.MissingValue(_funds.GetValueOrDefault(fundId));

    /// <summary>The name of a holding of the scheme; its id when the scheme holds it only through other funds.</summary>
    public string EntryName(string entryId) => _entries.TryGetValue(entryId, out var entry) ? entry.Name : entryId;

    /// <summary>The stable anchor of a company's section (<c>company-zijin-mining</c>), or null when the report has no section for it.</summary>
    public string? CompanyAnchor(string companyId) => _companyAnchors.GetValueOrDefault(companyId);

    /// <summary>A fresh id for an element of the page (a chart, a caption), numbered in writing order so the page stays the same.</summary>
    public string NextId(string prefix) => string.Create(CultureInfo.InvariantCulture, $"{prefix}-{++_ids}");

    /// <summary>Plain words before a figure ("at least "), as written.</summary>
    public ReportPage Words(string text)
    {
        W.Text(text);
        return this;
    }

    /// <summary>A sentence worded once for every output (<see cref="SentencePart"/>): its words as written, each figure as a figure of the JSON report.</summary>
    public ReportPage Sentence(IEnumerable<SentencePart> parts)
    {
        foreach (var part in parts)
        {
            switch (part.Kind)
            {
                case SentencePartKind.Money: Money(part.Path!, part.Value, part.Currency); break;
                case SentencePartKind.Percent: Percent(part.Path!, part.Value); break;
                case SentencePartKind.Count: Figure(part.Path!, part.Value, part.Text); break;
                default: W.Text(part.Text); break;
            }
        }

        return this;
    }

    /// <summary>A name, with its Chinese or Arabic-script runs marked with their language and direction.</summary>
    public ReportPage Name(string? text)
    {
        ScriptRuns.Write(W, text);
        return this;
    }

    /// <summary>A company's name, linked to its section when the report has one.</summary>
    public ReportPage CompanyName(string companyId, string name)
    {
        if (CompanyAnchor(companyId) is { } anchor)
        {
            W.Open("a", ("href", "#" + anchor));
            Name(name);
            W.Close("a");
        }
        else
        {
            Name(name);
        }

        return this;
    }

    /// <summary>A figure: its text, and the model's exact value for machines. A figure the model does not give reads "unknown" or "not given".</summary>
    public ReportPage Figure(string path, decimal? value, string text)
    {
        W.Element("data", text, ("value", value is { } v ? Format.Exact(v) : ""), ("data-figure", path));
        return this;
    }

    /// <summary>"USD 1,234,567": the currency, then the amount as a figure.</summary>
    public ReportPage Money(string path, decimal? value, string? currency)
    {
        if (value is not null && currency is not null)
        {
            W.Text(currency + " ");
        }

        return Figure(path, value, Format.Amount(value));
    }

    /// <summary>A table cell's amount: bare under a header naming the table's currency, else with its own currency.</summary>
    /// <param name="missing">What a cell without a value reads, when not "unknown": "weights only" for a constituent list (<see cref="Wording.MissingValue"/>).</param>
    /// <summary>
    /// A table cell's amount: bare under a header that names <paramref name="tableCurrency"/>, else with its own currency,
    /// or saying that its file gives none (<see cref="Wording.CurrencyNotGiven"/>).
    /// </summary>
    public ReportPage MoneyCell(string path, decimal? value, string? currency, string? tableCurrency, string? missing = null)
    {
        if (value is null && missing is not null) return Figure(path, null, missing);
        if (tableCurrency is not null) return Figure(path, value, Format.Amount(value));
        Money(path, value, currency);
        W.Text(Wording.CurrencyNotGiven(Report, value, currency));
        return this;
    }

    public ReportPage Amount(string path, decimal? value) => Figure(path, value, Format.Amount(value));

    /// <summary>A total over funds: the money, or, where the model gives none, why ("not given", "unknown").</summary>
    public ReportPage Total(string path, decimal? value, string? currency) =>
        value is null ? Figure(path, null, Wording.NoTotal(Report.Summary.TotalsWithheld)) : Money(path, value, currency);

    public ReportPage Percent(string path, decimal? fraction) => Figure(path, fraction, Format.Percent(fraction));

    /// <summary>A share of an amount: "n/a" where the amount is 0 (<see cref="Exposure.Core.Portfolio.SchemeBounds.Share"/>), else as <see cref="Percent"/>.</summary>
    public ReportPage Share(string path, decimal? fraction, decimal amount) =>
        amount == 0 ? Figure(path, null, Exposure.Core.Portfolio.SchemeBounds.NotDefined) : Percent(path, fraction);

    public ReportPage Count(string path, long count) => Figure(path, count, Format.Count(count));

    /// <summary>A count the model may not know (entries and exits where nothing was compared): it reads "not given" then.</summary>
    public ReportPage CountOrUnknown(string path, int? count) => Figure(path, count, count is { } known ? Format.Count(known) : Format.NotGiven);

    /// <summary>"Fund value (USD)" when the table has one currency.</summary>
    public static string MoneyHeader(string header, string? currency) => currency is null ? header : $"{header} ({currency})";

    public ReportPage Paragraph(string text, string? @class = null)
    {
        W.Element("p", text, ("class", @class));
        return this;
    }

    /// <summary>Small print under a table or a chart.</summary>
    public ReportPage Note(string text) => Paragraph(text, "note");

    /// <summary>A boxed note: <c>note</c>, <c>caveat</c> or <c>notice</c>.</summary>
    public ReportPage Callout(string kind, string? label, string text)
    {
        W.Open("div", ("class", "callout callout-" + kind));
        W.Open("p");
        if (label is not null)
        {
            W.Element("strong", label).Text(" ");
        }

        W.Text(text).Close("p").Close("div");
        return this;
    }

    /// <summary>
    /// A table under a caption, in a scrolling region on narrow screens. Headers carry <c>scope</c>. A sortable table gets
    /// sort buttons from the page's script, a filterable one a filter box; without the script it is a plain table. A
    /// <paramref name="headed"/> table sits under a heading that already says what its caption says: the caption is then
    /// for screen readers only. On a phone a table of many columns, or a <paramref name="roomy"/> one of long texts, keeps a
    /// readable width and scrolls sideways in its region.
    /// </summary>
    public ReportPage Table(string caption, IReadOnlyList<Column> columns, Action rows, bool sortable = false, bool filterable = false, string? @class = null, bool headed = false, bool roomy = false)
    {
        var captionId = NextId("table");
        W.Open("div", ("class", "table-wrap"), ("role", "region"), ("aria-labelledby", captionId), ("tabindex", "0"));
        var width = columns.Count switch { >= 6 => "wide", 5 => "medium", 4 when roomy => "medium", _ => null };
        W.Open("table", ("class", string.Join(" ", new[] { @class, width }.Where(c => c is not null)) is { Length: > 0 } classes ? classes : null), ("data-sortable", sortable ? "" : null), ("data-filterable", filterable ? "" : null));
        W.Element("caption", caption, ("id", captionId), ("class", headed ? "visually-hidden" : null));
        W.Open("thead").Open("tr");
        foreach (var column in columns)
        {
            W.Element("th", column.Header, ("scope", "col"), ("class", column.Numeric ? "num" : null));
        }

        W.Close("tr").Close("thead");
        W.Open("tbody");
        rows();
        W.Close("tbody").Close("table").Close("div");
        return this;
    }

    public ReportPage Row(Action cells, string? @class = null)
    {
        W.Open("tr", ("class", @class));
        cells();
        W.Close("tr");
        return this;
    }

    /// <summary>The cell that names the row, as a row header.</summary>
    public ReportPage RowHeader(Action content)
    {
        W.Open("th", ("scope", "row"));
        content();
        W.Close("th");
        return this;
    }

    public ReportPage RowHeader(string text) => RowHeader(() => Name(text));

    public ReportPage Cell(Action content, string? @class = null)
    {
        W.Open("td", ("class", @class));
        content();
        W.Close("td");
        return this;
    }

    public ReportPage Cell(string? text) => Cell(() => Name(text));

    /// <summary>A figure cell, right-aligned.</summary>
    public ReportPage Num(Action content) => Cell(content, "num");

    /// <summary>A definition list of facts: each a term and what the section writes for it.</summary>
    public ReportPage Facts(params (string Term, Action Value)[] facts)
    {
        W.Open("dl", ("class", "facts"));
        foreach (var (term, value) in facts)
        {
            W.Open("div").Element("dt", term).Open("dd");
            value();
            W.Close("dd").Close("div");
        }

        W.Close("dl");
        return this;
    }

    /// <summary>Opens a section of the page under a heading of <paramref name="level"/>; a main part (level 2) is labelled by it.</summary>
    public ReportPage OpenSection(string id, string title, int level = 2, string tag = "section")
    {
        // Only the page's main parts are labelled, so they alone are listed as regions; their parts are plain sections.
        W.Open(tag, ("id", id), ("aria-labelledby", level == 2 ? id + "-h" : null), ("class", level == 2 ? "part" : null));
        W.Element("h" + level.ToString(System.Globalization.CultureInfo.InvariantCulture), title, ("id", id + "-h"));
        return this;
    }

    public ReportPage CloseSection(string tag = "section")
    {
        W.Close(tag);
        return this;
    }

    public ReportPage Heading(int level, string text, string? id = null)
    {
        W.Element("h" + level.ToString(System.Globalization.CultureInfo.InvariantCulture), text, ("id", id));
        return this;
    }
}
