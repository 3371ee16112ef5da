using Exposure.Core.Identifiers;
using Exposure.Core.Reference;

namespace Exposure.Lists.Import;

/// <summary>Identifier checks for imported entries: a value failing its check digit is reported and left out, never used.</summary>
internal static class EntryChecks
{
    public static IReadOnlyList<string> Isins(IEnumerable<string> values, ProblemLog log, int? line, string entry)
    {
        var result = new List<string>();
        foreach (var raw in values)
        {
            var isin = Isin.Normalise(raw);
            if (isin is null || !Isin.IsValid(isin))
            {
                log.Add(line, $"ISIN '{raw.Trim()}' of '{entry}' fails the ISO 6166 check: reported and not used");
                continue;
            }
            if (!result.Contains(isin)) result.Add(isin);
        }
        return result;
    }

    public static string? Lei(string? value, ProblemLog log, int? line, string entry)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var lei = value.Trim().ToUpperInvariant();
        if (Core.Identifiers.Lei.IsValid(lei)) return lei;
        log.Add(line, $"LEI '{value.Trim()}' of '{entry}' fails the ISO 17442 check: reported and not used");
        return null;
    }

    /// <summary>A listing from a ticker and an exchange as the file writes it (a MIC, an exchange name or a known alias).</summary>
    public static Listing? Listing(string? ticker, string? exchange, ExchangeDirectory exchanges, ProblemLog log, int? line, string entry)
    {
        if (string.IsNullOrWhiteSpace(ticker)) return null;
        if (string.IsNullOrWhiteSpace(exchange))
        {
            log.Add(line, $"ticker '{ticker.Trim()}' of '{entry}' names no exchange: reported and not used");
            return null;
        }
        if (exchanges.Resolve(exchange) is { } e) return new Listing(e.Mic, ticker.Trim().ToUpperInvariant());
        log.Add(line, $"exchange '{exchange.Trim()}' of '{entry}' is not one Exposure knows (reference-data/exchanges.csv): ticker '{ticker.Trim()}' not used");
        return null;
    }

    /// <summary>A <c>MIC:code</c> listing, the MIC checked against the exchanges known.</summary>
    public static Listing? Listing(string text, ExchangeDirectory exchanges, ProblemLog log, int? line, string entry)
    {
        var i = text.IndexOf(':');
        if (i <= 0 || i == text.Length - 1)
        {
            log.Add(line, $"listing '{text}' of '{entry}' is not written MIC:code: reported and not used");
            return null;
        }
        return Listing(text[(i + 1)..], text[..i], exchanges, log, line, entry);
    }

    /// <summary>A country as ISO 3166 alpha-2, or null (reported) when it is given but not known.</summary>
    public static string? Country(string? text, ProblemLog log, int? line, string entry)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var first = text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (Countries.Code(first) is { } code) return code;
        log.Add(line, $"country '{text.Trim()}' of '{entry}' is not a known country name or ISO code: left empty");
        return null;
    }
}
