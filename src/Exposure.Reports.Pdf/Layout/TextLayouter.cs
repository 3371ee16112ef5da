using System.Text;
using Exposure.Reports.Pdf.Fonts;
using PdfSharp.Drawing;

namespace Exposure.Reports.Pdf.Layout;

/// <summary>Greedy line breaking of styled spans, with font fallback per character and widths measured by PDFsharp.</summary>
internal sealed class TextLayouter
{
    private const double Tolerance = 0.001;
    private const string ClosingPunctuation = "、。，．：；！？）」』】〕〉》〗〙〛｝］…ー々";
    private const string OpeningPunctuation = "（「『【〔〈《〖〘〚｛［";

    private readonly LayoutContext _context;
    private readonly XGraphics _measure;
    private readonly Dictionary<(string Text, XFont Font), double> _widths = [];

    public TextLayouter(LayoutContext context, XGraphics measure)
    {
        _context = context;
        _measure = measure;
    }

    public IReadOnlyList<TextLine> Layout(IReadOnlyList<TextSpan> spans, TextStyle style, double width, TextAlignment alignment)
    {
        var resolved = spans.Select(s => Resolve(s, style)).ToList();
        var units = BuildUnits(resolved);
        var lines = FillLines(units, width);
        return lines.Select(segments => BuildLine(segments, resolved, style, width, alignment)).ToList();
    }

    /// <summary>The width of the widest word of <paramref name="spans"/>: a line narrower than this must cut a word.</summary>
    public double WidestWord(IReadOnlyList<TextSpan> spans, TextStyle style) =>
        BuildUnits(spans.Select(s => Resolve(s, style, countFallback: false)).ToList())
            .Where(u => u.Kind == UnitKind.Word)
            .Select(u => u.Segments.Sum(s => s.Width))
            .DefaultIfEmpty(0)
            .Max();

    private ResolvedSpan Resolve(TextSpan span, TextStyle style, bool countFallback = true)
    {
        var bold = style.Bold || span.Bold;
        var italic = style.Italic || span.Italic;
        var text = TextShaper.Normalize(span.Text);
        if (span.Fallback is not null && _context.Shaper.FindUnrenderable(text, bold, italic).Count > 0)
        {
            text = TextShaper.Normalize(span.Fallback) + _context.Styles.FallbackMarker;
            if (countFallback) _context.ReportFallbackUsed();
        }

        var color = span.Link is null ? span.Color ?? style.Color : span.Color ?? _context.Styles.LinkColor;
        return new ResolvedSpan(text, style.Size, bold, italic, color, span.Link);
    }

    private List<Unit> BuildUnits(List<ResolvedSpan> spans)
    {
        var units = new List<Unit>();
        var word = new List<Segment>();
        var wordText = new StringBuilder();
        var wordSpan = 0;

        void FlushText()
        {
            if (wordText.Length > 0)
            {
                word.AddRange(Shape(wordText.ToString(), wordSpan, spans[wordSpan]));
                wordText.Clear();
            }
        }

        void CloseWord()
        {
            FlushText();
            if (word.Count > 0)
            {
                units.Add(new Unit(UnitKind.Word, [.. word]));
                word.Clear();
            }
        }

        for (var spanIndex = 0; spanIndex < spans.Count; spanIndex++)
        {
            FlushText();
            wordSpan = spanIndex;
            var previous = default(Rune);
            foreach (var rune in spans[spanIndex].Text.EnumerateRunes())
            {
                var text = rune.ToString();
                var closing = ClosingPunctuation.Contains(text, StringComparison.Ordinal);
                if (rune.Value == '\n')
                {
                    CloseWord();
                    units.Add(new Unit(UnitKind.Newline, []));
                }
                else if (IsBreakingSpace(rune))
                {
                    CloseWord();
                    if (units.Count == 0 || units[^1].Kind != UnitKind.Space)
                    {
                        units.Add(new Unit(UnitKind.Space, Shape(" ", spanIndex, spans[spanIndex])));
                    }
                }
                else if (ScriptSupport.IsCjk(rune.Value) && !closing)
                {
                    if (!IsOnlyOpeningPunctuation(wordText))
                    {
                        CloseWord();
                    }

                    wordText.Append(text);
                    if (!OpeningPunctuation.Contains(text, StringComparison.Ordinal))
                    {
                        CloseWord();
                    }
                }
                else
                {
                    if (closing && wordText.Length == 0 && word.Count == 0 && units.Count > 0 && units[^1].Kind == UnitKind.Word)
                    {
                        word.AddRange(units[^1].Segments);
                        units.RemoveAt(units.Count - 1);
                    }

                    wordText.Append(text);
                    if (closing || rune.Value is '/' or '_' || (rune.Value == '-' && Rune.IsLetter(previous)))
                    {
                        CloseWord();
                    }
                }

                previous = rune;
            }
        }

        CloseWord();
        return units;
    }

    private static bool IsOnlyOpeningPunctuation(StringBuilder text) =>
        text.Length > 0 && text.ToString().All(c => OpeningPunctuation.Contains(c));

    private static bool IsBreakingSpace(Rune rune) =>
        Rune.IsWhiteSpace(rune) && rune.Value is not (0xA0 or 0x2007 or 0x202F);

    private List<Segment> Shape(string text, int spanIndex, ResolvedSpan span)
    {
        var segments = new List<Segment>();
        foreach (var run in _context.Shaper.Shape(text, span.Bold, span.Italic))
        {
            var runText = run.Text;
            var family = run.FamilyIndex;
            if (!run.IsRenderable)
            {
                foreach (var rune in run.Text.EnumerateRunes())
                {
                    _context.ReportUnrenderable(rune.Value);
                }

                runText = new string('?', run.Text.EnumerateRunes().Count());
                family = 0;
            }

            var font = _context.Fonts.GetFont(family, span.Size, span.Bold, span.Italic);
            segments.Add(new Segment(runText, spanIndex, font, Measure(runText, font)));
        }

        return segments;
    }

    private double Measure(string text, XFont font)
    {
        if (!_widths.TryGetValue((text, font), out var width))
        {
            width = _measure.MeasureString(text, font).Width;
            _widths[(text, font)] = width;
        }

        return width;
    }

    private List<List<Segment>> FillLines(List<Unit> units, double width)
    {
        var lines = new List<List<Segment>>();
        var line = new List<Segment>();
        var lineWidth = 0.0;
        Unit? pendingSpace = null;

        void Flush()
        {
            lines.Add(line);
            line = [];
            lineWidth = 0;
            pendingSpace = null;
        }

        foreach (var unit in units)
        {
            switch (unit.Kind)
            {
                case UnitKind.Newline:
                    Flush();
                    break;
                case UnitKind.Space:
                    if (line.Count > 0)
                    {
                        pendingSpace = unit;
                    }

                    break;
                default:
                    var spaceWidth = pendingSpace?.Width ?? 0;
                    if (lineWidth + spaceWidth + unit.Width <= width + Tolerance)
                    {
                        if (pendingSpace is not null)
                        {
                            line.AddRange(pendingSpace.Segments);
                        }

                        line.AddRange(unit.Segments);
                        lineWidth += spaceWidth + unit.Width;
                        pendingSpace = null;
                        break;
                    }

                    if (line.Count > 0)
                    {
                        Flush();
                    }

                    if (unit.Width <= width + Tolerance)
                    {
                        line.AddRange(unit.Segments);
                        lineWidth = unit.Width;
                        break;
                    }

                    foreach (var piece in BreakWord(unit, width))
                    {
                        if (line.Count > 0)
                        {
                            Flush();
                        }

                        line.AddRange(piece);
                        lineWidth = piece.Sum(s => s.Width);
                    }

                    break;
            }
        }

        if (line.Count > 0 || lines.Count == 0 || units.Count > 0 && units[^1].Kind == UnitKind.Newline)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>Cuts a word wider than the line into pieces that fit, between characters, at least one character per piece.</summary>
    private List<List<Segment>> BreakWord(Unit unit, double width)
    {
        var pieces = new List<List<Segment>>();
        var piece = new List<Segment>();
        var pieceWidth = 0.0;
        foreach (var segment in unit.Segments)
        {
            foreach (var rune in segment.Text.EnumerateRunes())
            {
                var text = rune.ToString();
                var runeWidth = Measure(text, segment.Font);
                if (pieceWidth + runeWidth > width + Tolerance && piece.Count > 0)
                {
                    pieces.Add(piece);
                    piece = [];
                    pieceWidth = 0;
                }

                if (piece.Count > 0 && piece[^1].Font == segment.Font && piece[^1].Span == segment.Span)
                {
                    var last = piece[^1];
                    piece[^1] = last with { Text = last.Text + text, Width = last.Width + runeWidth };
                }
                else
                {
                    piece.Add(new Segment(text, segment.Span, segment.Font, runeWidth));
                }

                pieceWidth += runeWidth;
            }
        }

        if (piece.Count > 0)
        {
            pieces.Add(piece);
        }

        return pieces;
    }

    /// <summary>
    /// Builds the drawn fragments of a line. The line box always comes from the main font, so lines with and without
    /// fallback characters have the same height and table cells side by side share their baselines.
    /// </summary>
    private TextLine BuildLine(List<Segment> segments, List<ResolvedSpan> spans, TextStyle style, double width, TextAlignment alignment)
    {
        var merged = new List<Segment>();
        foreach (var segment in segments)
        {
            if (merged.Count > 0 && merged[^1].Font == segment.Font && merged[^1].Span == segment.Span)
            {
                merged[^1] = merged[^1] with { Text = merged[^1].Text + segment.Text };
            }
            else
            {
                merged.Add(segment);
            }
        }

        var fragments = new List<TextFragment>();
        var x = 0.0;
        foreach (var segment in merged)
        {
            var segmentWidth = Measure(segment.Text, segment.Font);
            var span = spans[segment.Span];
            fragments.Add(new TextFragment(segment.Text, segment.Font, x, segmentWidth, span.Color, span.Link)
            {
                Language = ScriptSupport.ChineseLanguage(segment.Text, span.Text),
            });
            x += segmentWidth;
        }

        var offset = alignment switch
        {
            TextAlignment.Center when width < double.MaxValue => Math.Max(0, (width - x) / 2),
            TextAlignment.Right when width < double.MaxValue => Math.Max(0, width - x),
            _ => 0,
        };
        if (offset > 0)
        {
            fragments = fragments.Select(f => f with { X = f.X + offset }).ToList();
        }

        var main = _context.Fonts.GetFont(0, style.Size, style.Bold, style.Italic);
        var scale = main.Size / main.Metrics.UnitsPerEm;
        var ascent = main.Metrics.Ascent * scale;
        var descent = main.Metrics.Descent * scale;
        var height = Math.Max(main.Metrics.LineSpacing * scale * style.LineSpacing, ascent + descent);
        return new TextLine(fragments, height, (height - ascent - descent) / 2 + ascent);
    }

    private sealed record ResolvedSpan(string Text, double Size, bool Bold, bool Italic, XColor Color, string? Link);

    private sealed record Segment(string Text, int Span, XFont Font, double Width);

    private enum UnitKind
    {
        Word,
        Space,
        Newline,
    }

    private sealed record Unit(UnitKind Kind, List<Segment> Segments)
    {
        public double Width { get; } = Segments.Sum(s => s.Width);
    }
}
