using System.Globalization;
using System.Xml;
using Exposure.Core;
using Exposure.Core.Holdings;
using Exposure.Core.Inputs;
using Exposure.Readers.Csv;
using Exposure.Readers.Text;

namespace Exposure.Readers.Nport;

/// <summary>
/// Reads the schedule of investments of an SEC Form N-PORT filing (<c>primary_doc.xml</c>, namespace
/// <c>http://www.sec.gov/edgar/nport</c>), streamed with <see cref="XmlReader"/>; DTDs are refused and nothing external is
/// ever resolved. The fund is the series (or registrant) name with the report date and the stated net assets. Each
/// <c>invstOrSec</c> element is one item spanning its lines; the lines before, between and after them are not holdings, so
/// the items add up to the file's physical lines.
/// </summary>
public static class NportReader
{
    public const string Namespace = "http://www.sec.gov/edgar/nport";

    /// <summary>Elements nested deeper than this are refused: a filing nests about eight deep, and each level costs memory.</summary>
    public const int MaxDepth = 64;

    /// <param name="path">The file to read.</param>
    /// <param name="displayName">How errors and reports name the file (the path as the user gave it).</param>
    public static IEnumerable<ReadItem> Read(string path, string displayName) => Read(new InputSource(path, displayName, "holdings"));

    /// <summary>Reads a filing, hashing it as it is read (when its lines are counted, before the XML is parsed).</summary>
    public static IEnumerable<ReadItem> Read(InputSource source)
    {
        if (!File.Exists(source.Path)) throw new DataException(source.DisplayName, null, "file not found");
        if (new FileInfo(source.Path).Length == 0) throw new DataException(source.DisplayName, null, "the file is empty");
        return ReadExisting(source);
    }

    private static IEnumerable<ReadItem> ReadExisting(InputSource source)
    {
        var path = source.Path;
        var displayName = source.DisplayName;
        var lines = CountLines(source);
        using var filing = new FilingReader(path, displayName);
        var covered = 0;
        var fundSent = false;

        while (filing.NextHolding() is { } h)
        {
            if (!fundSent)
            {
                yield return new FundDetected(filing.Fund(displayName));
                fundSent = true;
            }
            if (h.StartLine > covered + 1)
                yield return new NotAHolding(new SourceLocation(displayName, covered + 1, h.StartLine - covered - 1),
                    covered == 0 ? "N-PORT header and fund information" : "N-PORT text between holdings");
            var count = Math.Max(0, h.EndLine - Math.Max(h.StartLine, covered + 1) + 1);
            covered = Math.Max(covered, h.EndLine);
            yield return ToItem(h, new SourceLocation(displayName, h.StartLine, count));
        }

        if (!fundSent) yield return new FundDetected(filing.Fund(displayName));
        lines = Math.Max(lines, covered);
        if (covered < lines)
            yield return new NotAHolding(new SourceLocation(displayName, covered + 1, lines - covered),
                covered == 0 ? "N-PORT filing without holdings" : "N-PORT text after the holdings");
        yield return new EndOfFile(lines);
    }

    private static ReadItem ToItem(Holding h, SourceLocation source)
    {
        var raw = h.Raw();
        string? error = null;
        string? weightError = null;
        decimal? Number(string element)
        {
            var text = h.Get(element);
            if (NumberParser.TryParse(text, out var v) && InputLimits.InRange(v)) return v;
            var problem = InputLimits.InRange(v) ? $"{element} '{HoldingRecords.Shorten(text ?? "")}' is not a number" : InputLimits.OutOfRange(element, text ?? "");
            // The weight the filing states is not the report's (value over net assets): one that cannot be read is said apart.
            if (element == "pctVal") weightError ??= problem;
            else error ??= problem;
            return null;
        }

        var balance = Number("balance");
        var value = Number("valUSD");
        var pct = Number("pctVal");
        var notional = Number("notionalAmt");
        var coupon = Number("annualizedRt");
        DateOnly? maturity = null;
        if (h.Get("maturityDt") is { } maturityText)
        {
            if (DateOnly.TryParseExact(maturityText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m)) maturity = m;
            else error ??= $"maturityDt '{HoldingRecords.Shorten(maturityText)}' is not a date";
        }

        var cusip = h.Get("cusip") ?? h.Other("CUSIP");
        if (cusip is not null && cusip.All(c => c == '0')) cusip = null; // filers write 000000000 for "none"
        var row = new HoldingRow(
            source,
            Name: h.Get("name") ?? h.Get("title"),
            Ticker: h.Ticker ?? h.Other("TICKER"),
            Isin: h.Isin ?? h.Other("ISIN"),
            Cusip: cusip,
            Sedol: h.Other("SEDOL"),
            AssetClass: NportAssetCategories.Describe(h.Get("assetCat") ?? h.AssetConditional, h.AssetDescription),
            Currency: "USD", // valUSD is in US dollars whatever the security's own currency (curCd)
            Country: h.Get("invCountry"),
            MarketValue: value,
            WeightPercent: pct,
            Quantity: balance,
            Lei: h.Get("lei"),
            Unreadable: error,
            IssuerName: h.Get("name"),
            IssuerType: h.Get("issuerCat"),
            Coupon: coupon,
            Maturity: maturity,
            Convertible: h.Get("convertible") is not null,
            Notional: notional,
            Direction: NportTerms.Direction(h.Get("payoffProfile"), h.Get("payOffProf"), h.Get("writtenOrPur"), h.Get("putOrCall")),
            Reference: NportTerms.Reference(h.Get("refIssuerName"), h.Get("refIssueTitle"), h.Get("refIsin"), h.Get("refCusip"), h.Get("refTicker"), h.Get("refIndexName")),
            // A title that names a note written on a company (UBS AG P-Note on …), which the issuer's name, the bank, does not.
            Title: h.Get("name") is not null && NotesOnCompanies.Read(h.Get("title")) is not null ? h.Get("title") : null,
            WeightUnreadable: weightError);
        if (row.Name is null && row.Ticker is null && row.Isin is null && row.Cusip is null && row.Sedol is null)
            return new Rejected(source, "no name and no identifier", raw);
        return new HoldingRead(row);
    }

    /// <summary>Physical lines as XML counts them: CR LF, CR and LF each end a line; a last line without an ending counts.</summary>
    private static int CountLines(InputSource source)
    {
        using var reader = TextEncodings.OpenText(source.OpenRead(), out _);
        var buffer = new char[1 << 16];
        var lines = 0;
        var previous = '\n';
        var any = false;
        int n;
        while ((n = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            any = true;
            for (var i = 0; i < n; i++)
            {
                var c = buffer[i];
                if (c == '\n' && previous != '\r') lines++;
                else if (c == '\r') lines++;
                previous = c;
            }
        }
        if (any && previous is not ('\n' or '\r')) lines++;
        return lines;
    }

    /// <summary>One <c>invstOrSec</c>: its line span and the values it states, "N/A" and blank as absent.</summary>
    private sealed class Holding(int startLine)
    {
        private readonly List<(string Element, string Value)> _values = [];
        private readonly List<(string Description, string Value)> _others = [];

        public int StartLine { get; } = startLine;
        public int EndLine { get; set; } = startLine;
        public string? Isin { get; set; }
        public string? Ticker { get; set; }
        public string? AssetConditional { get; set; }
        public string? AssetDescription { get; set; }

        public void Add(string element, string? value)
        {
            if (Clean(value) is { } v) _values.Add((element, v));
        }

        public void AddOther(string? description, string? value)
        {
            if (Clean(value) is { } v) _others.Add((description?.Trim() ?? "", v));
        }

        public string? Get(string element) => _values.FirstOrDefault(v => v.Element == element).Value;

        /// <summary>An identifier given as <c>other</c> whose description names the kind (ISIN, SEDOL ...).</summary>
        public string? Other(string kind) =>
            _others.FirstOrDefault(o => o.Description.Contains(kind, StringComparison.OrdinalIgnoreCase)).Value;

        public string Raw()
        {
            var parts = _values.Select(v => $"{v.Element}: {v.Value}").ToList();
            if (Isin is not null) parts.Add($"isin: {Isin}");
            if (Ticker is not null) parts.Add($"ticker: {Ticker}");
            parts.AddRange(_others.Select(o => $"other ({o.Description}): {o.Value}"));
            return string.Join(" | ", parts);
        }
    }

    internal static string? Clean(string? value)
    {
        var v = value?.Trim();
        return string.IsNullOrEmpty(v) || v.Equals("N/A", StringComparison.OrdinalIgnoreCase) || v == "-" ? null : v;
    }

    /// <summary>The longest part of a parser's message quoted in an error (it may quote the file's own text at length).</summary>
    private const int MaxMessageLength = 300;

    /// <summary>Pulls the fund information and then one holding at a time out of the filing.</summary>
    private sealed class FilingReader : IDisposable
    {
        private static readonly HashSet<string> HoldingValues =
        [
            "name", "lei", "title", "cusip", "balance", "units", "curCd", "valUSD", "pctVal", "payoffProfile", "assetCat", "issuerCat", "invCountry",
        ];

        private readonly string _path;
        private readonly string _displayName;
        private readonly XmlReader _xml;
        private readonly IXmlLineInfo _lines;
        private bool _rootSeen;
        private string? _regName;
        private string? _seriesName;
        private DateOnly? _reportDate;
        private decimal? _netAssets;

        public FilingReader(string path, string displayName)
        {
            _path = path;
            _displayName = displayName;
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                MaxCharactersFromEntities = 1024,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
                IgnoreWhitespace = true,
                CloseInput = true,
            };
            _xml = XmlReader.Create(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), settings);
            _lines = (IXmlLineInfo)_xml;
        }

        public FundMetadata Fund(string displayName)
        {
            return FundMetadata.FromFile(displayName, _seriesName ?? _regName, _reportDate, _netAssets, "SEC Form N-PORT");
        }

        public Holding? NextHolding()
        {
            try
            {
                return Next();
            }
            catch (XmlException e)
            {
                var line = e.LineNumber > 0 ? e.LineNumber : _lines.LineNumber > 0 ? _lines.LineNumber : (int?)null;
                if (!_rootSeen && e.Message.Contains("DTD", StringComparison.Ordinal))
                    throw new DataException(_displayName, line ?? DoctypeLine(),
                        "the file has a DOCTYPE (a DTD), which an N-PORT filing never has; refused without resolving it");
                throw new DataException(_displayName, line, $"not well-formed XML: {WithoutPosition(e.Message)}");
            }
        }

        public void Dispose() => _xml.Dispose();

        private Holding? Next()
        {
            while (_xml.Read())
            {
                if (_xml.NodeType != XmlNodeType.Element) continue;
                CheckDepth();
                if (!_rootSeen)
                {
                    if (_xml.LocalName != "edgarSubmission" || _xml.NamespaceURI != Namespace)
                        throw new DataException(_displayName, _lines.LineNumber,
                            $"not an SEC N-PORT filing: the root element is <{HoldingRecords.Shorten(_xml.Name)}>" +
                            (_xml.NamespaceURI.Length == 0 ? " without a namespace" : $" in namespace {HoldingRecords.Shorten(_xml.NamespaceURI)}") +
                            $", not <edgarSubmission> in {Namespace}");
                    _rootSeen = true;
                    continue;
                }
                switch (_xml.LocalName)
                {
                    case "genInfo":
                        ReadFundInfo(inGenInfo: true);
                        break;
                    case "fundInfo":
                        ReadFundInfo(inGenInfo: false);
                        break;
                    case "invstOrSec":
                        return ReadHolding();
                }
            }
            if (!_rootSeen) throw new DataException(_displayName, null, "not an SEC N-PORT filing: the file has no XML element");
            return null;
        }

        private void ReadFundInfo(bool inGenInfo)
        {
            using var sub = _xml.ReadSubtree();
            sub.Read();
            var depth = sub.Depth;
            var advance = true;
            while (!advance || sub.Read())
            {
                advance = true;
                if (sub.NodeType != XmlNodeType.Element) continue;
                CheckDepth();
                if (sub.Depth != depth + 1) continue;
                var element = sub.LocalName;
                if (inGenInfo && element is "regName" or "seriesName" or "repPdDate")
                {
                    var text = Clean(sub.ReadElementContentAsString());
                    advance = false;
                    if (element == "regName") _regName = text;
                    else if (element == "seriesName") _seriesName = text;
                    else if (text is not null && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) _reportDate = date;
                }
                else if (!inGenInfo && element == "netAssets")
                {
                    var line = _lines.LineNumber;
                    var text = Clean(sub.ReadElementContentAsString());
                    advance = false;
                    _netAssets = NetAssets(text, line);
                }
            }
        }

        /// <summary>
        /// The fund's stated net assets: a number within <see cref="InputLimits.MaxNumber"/>, or absent. Anything else
        /// (<c>NaN</c>, <c>1e400</c>, text) stops the run: the weights of every holding rest on this figure.
        /// </summary>
        private decimal? NetAssets(string? text, int line)
        {
            if (text is null) return null;
            if (!NumberParser.TryParse(text, out var v))
                throw new DataException(_displayName, line, $"netAssets '{HoldingRecords.Shorten(text)}' is not a number; the fund's weights rest on it");
            if (!InputLimits.InRange(v)) throw new DataException(_displayName, line, InputLimits.OutOfRange("netAssets", text));
            return v;
        }

        private Holding ReadHolding()
        {
            var holding = new Holding(_lines.LineNumber);
            if (_xml.IsEmptyElement) return holding;
            using (var sub = _xml.ReadSubtree())
            {
                sub.Read();
                var depth = sub.Depth;
                var advance = true;
                while (!advance || sub.Read())
                {
                    advance = true;
                    if (sub.NodeType != XmlNodeType.Element) continue;
                    CheckDepth();
                    if (sub.Depth != depth + 1) continue;
                    var element = sub.LocalName;
                    if (HoldingValues.Contains(element))
                    {
                        holding.Add(element, sub.ReadElementContentAsString());
                        advance = false;
                        continue;
                    }
                    switch (element)
                    {
                        case "identifiers":
                            ReadIdentifiers(sub, holding, CheckDepth);
                            break;
                        case "currencyConditional":
                            holding.Add("curCd", sub.GetAttribute("curCd"));
                            break;
                        case "assetConditional":
                            holding.AssetConditional = Clean(sub.GetAttribute("assetCat"));
                            holding.AssetDescription = Clean(sub.GetAttribute("desc") ?? sub.GetAttribute("description"));
                            break;
                        case "issuerConditional":
                            holding.Add("issuerCat", sub.GetAttribute("issuerCat"));
                            break;
                        case "debtSec":
                            ReadDebt(sub, holding);
                            break;
                        case "derivativeInfo":
                            ReadDerivative(sub, holding);
                            break;
                    }
                }
            }
            // The outer reader now stands on </invstOrSec>.
            holding.EndLine = _lines.LineNumber;
            return holding;
        }

        /// <summary>A debt security's terms (item C.9): maturity, annualised rate, and whether it is convertible (C.9.f is answered for convertibles only).</summary>
        private void ReadDebt(XmlReader sub, Holding holding)
        {
            if (sub.IsEmptyElement) return;
            var depth = sub.Depth;
            var advance = true;
            while ((!advance || sub.Read()) && sub.Depth > depth)
            {
                advance = true;
                if (sub.NodeType != XmlNodeType.Element) continue;
                CheckDepth();
                switch (sub.LocalName)
                {
                    case "maturityDt" or "annualizedRt":
                        holding.Add(sub.LocalName, sub.ReadElementContentAsString());
                        advance = false;
                        break;
                    case "isMandatoryConvrtbl" or "isContngtConvrtbl" or "dbtSecRefInstruments":
                        holding.Add("convertible", "Y");
                        break;
                }
            }
        }

        /// <summary>
        /// A derivative (item C.11): its category, its reference instrument (issuer, title, identifiers, or the index it is
        /// written on), its notional and its direction, as the filing states them. What a nested derivative states is not
        /// taken for the holding's own.
        /// </summary>
        private void ReadDerivative(XmlReader sub, Holding holding)
        {
            if (sub.IsEmptyElement) return;
            var depth = sub.Depth;
            int? reference = null;
            var referenceSeen = false;
            var advance = true;
            while ((!advance || sub.Read()) && sub.Depth > depth)
            {
                advance = true;
                if (sub.NodeType != XmlNodeType.Element) continue;
                CheckDepth();
                if (reference is { } r && sub.Depth <= r) reference = null;
                var element = sub.LocalName;
                if (sub.Depth == depth + 1) holding.Add("derivCat", sub.GetAttribute("derivCat"));
                if (element == "descRefInstrmnt")
                {
                    if (!referenceSeen) reference = sub.Depth;
                    referenceSeen = true;
                    continue;
                }
                if (reference is not null)
                {
                    switch (element)
                    {
                        case "issuerName" or "issueTitle" or "indexName":
                            holding.Add("ref" + char.ToUpperInvariant(element[0]) + element[1..], sub.ReadElementContentAsString());
                            advance = false;
                            break;
                        case "isin" or "cusip" or "ticker":
                            holding.Add("ref" + char.ToUpperInvariant(element[0]) + element[1..], sub.GetAttribute("value"));
                            break;
                    }
                    continue;
                }
                if (element is "notionalAmt" or "payOffProf" or "writtenOrPur" or "putOrCall")
                {
                    holding.Add(element, sub.ReadElementContentAsString());
                    advance = false;
                }
            }
        }

        private static void ReadIdentifiers(XmlReader sub, Holding holding, Action checkDepth)
        {
            if (sub.IsEmptyElement) return;
            var depth = sub.Depth;
            while (sub.Read() && sub.Depth > depth)
            {
                if (sub.NodeType != XmlNodeType.Element) continue;
                checkDepth();
                if (sub.Depth != depth + 1) continue;
                switch (sub.LocalName)
                {
                    case "isin":
                        holding.Isin ??= Clean(sub.GetAttribute("value"));
                        break;
                    case "ticker":
                        holding.Ticker ??= Clean(sub.GetAttribute("value"));
                        break;
                    case "other":
                        holding.AddOther(sub.GetAttribute("otherDesc"), sub.GetAttribute("value"));
                        break;
                }
            }
        }

        private void CheckDepth()
        {
            if (_xml.Depth >= MaxDepth)
                throw new DataException(_displayName, _lines.LineNumber,
                    string.Create(CultureInfo.InvariantCulture, $"elements are nested more than {MaxDepth} deep, which no N-PORT filing is; not read further"));
        }

        /// <summary>The line of the DOCTYPE, which comes before the root element, so within the file's first lines.</summary>
        private int? DoctypeLine()
        {
            using var reader = TextEncodings.OpenText(_path);
            for (var line = 1; line <= 1000 && reader.ReadLine() is { } text; line++)
                if (text.Contains("<!DOCTYPE", StringComparison.Ordinal)) return line;
            return null;
        }

        private static string WithoutPosition(string message)
        {
            var text = string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            var at = text.LastIndexOf(" Line ", StringComparison.Ordinal);
            text = at > 0 && text.EndsWith('.') && text[at..].Contains("position", StringComparison.Ordinal) ? text[..at] : text;
            return text.Length <= MaxMessageLength ? text : text[..(MaxMessageLength - 3)] + "...";
        }
    }
}
