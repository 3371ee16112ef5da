namespace Exposure.Core.Reference;

/// <summary>Country names as holdings files write them, as ISO 3166 alpha-2 codes.</summary>
public static class Countries
{
    private static readonly Dictionary<string, string> Codes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["china"] = "CN", ["people's republic of china"] = "CN", ["prc"] = "CN", ["china (mainland)"] = "CN", ["mainland china"] = "CN",
        ["hong kong"] = "HK", ["hong kong sar"] = "HK", ["macau"] = "MO", ["macao"] = "MO",
        ["taiwan"] = "TW", ["taiwan, province of china"] = "TW", ["chinese taipei"] = "TW",
        ["united states"] = "US", ["united states of america"] = "US", ["usa"] = "US",
        ["united kingdom"] = "GB", ["uk"] = "GB", ["great britain"] = "GB",
        ["japan"] = "JP", ["korea (south)"] = "KR", ["south korea"] = "KR", ["korea"] = "KR", ["republic of korea"] = "KR",
        ["india"] = "IN", ["brazil"] = "BR", ["south africa"] = "ZA", ["germany"] = "DE", ["france"] = "FR",
        ["netherlands"] = "NL", ["switzerland"] = "CH", ["canada"] = "CA", ["australia"] = "AU", ["singapore"] = "SG",
        ["cayman islands"] = "KY", ["bermuda"] = "BM", ["ireland"] = "IE", ["italy"] = "IT", ["spain"] = "ES",
        ["sweden"] = "SE", ["denmark"] = "DK", ["finland"] = "FI", ["norway"] = "NO", ["belgium"] = "BE",
        ["mexico"] = "MX", ["indonesia"] = "ID", ["malaysia"] = "MY", ["thailand"] = "TH", ["philippines"] = "PH",
        ["saudi arabia"] = "SA", ["united arab emirates"] = "AE", ["qatar"] = "QA", ["kuwait"] = "KW", ["turkey"] = "TR",
        ["poland"] = "PL", ["chile"] = "CL", ["israel"] = "IL", ["russian federation"] = "RU", ["russia"] = "RU",
    };

    /// <summary>Places treated as one for matching: mainland Chinese companies are often incorporated or listed in Hong Kong, Macau or offshore.</summary>
    private static readonly HashSet<string> GreaterChina = ["CN", "HK", "MO", "KY", "BM"];

    /// <summary>The alpha-2 code for a name or code, or null when it is not known.</summary>
    public static string? Code(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        if (t.Length == 2 && t.All(char.IsAsciiLetter)) return t.ToUpperInvariant();
        return Codes.GetValueOrDefault(t);
    }

    /// <summary>True when two codes agree for matching purposes.</summary>
    public static bool Agree(string a, string b) =>
        a == b || (GreaterChina.Contains(a) && GreaterChina.Contains(b));
}
