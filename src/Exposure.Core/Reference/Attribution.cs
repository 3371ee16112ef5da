namespace Exposure.Core.Reference;

/// <summary>
/// Whether the list says that who a source names was inferred rather than read: its review note calls the referent
/// ambiguous or the attribution inferred, or says the entity was identified by matching the source's name for it. Such a
/// company is named by a source only as far as that inference goes, and every output says so beside its basis.
/// </summary>
public static class Attribution
{
    private static readonly string[] Phrases =
    [
        "attribution inferred",
        "referent ambiguous",
        "referent inferred",
        "by inference",
        "matched to",
        "name matched",
    ];

    /// <summary>True when the review note says the attribution to this company is inferred or ambiguous.</summary>
    public static bool IsInferred(string? reviewNote) =>
        reviewNote is { Length: > 0 } note && Phrases.Any(p => note.Contains(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>What goes beside a basis the attribution of which is inferred: "attribution inferred: see caveat".</summary>
    public const string Qualifier = "attribution inferred: see caveat";
}
