using System.Text;

namespace Exposure.Core.Portfolio;

/// <summary>
/// How a fund's name is compared when a holdings row is recognised as a fund of the portfolio: equal apart from case,
/// spacing and full-width or compatibility forms of characters. Nothing else is dropped: <c>FUND A HOLDING</c> and
/// <c>FUND B HOLDING</c> are two funds. Never a near match.
/// </summary>
public static class FundNames
{
    /// <summary>The comparable form of a fund's name, or null when it has none.</summary>
    public static string? Key(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var folded = name.Normalize(NormalizationForm.FormKC).ToUpperInvariant();
        var sb = new StringBuilder(folded.Length);
        var space = false;
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.Length == 0 ? null : sb.ToString();
    }
}
