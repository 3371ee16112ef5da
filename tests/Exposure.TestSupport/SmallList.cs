using Exposure.Core.Reference;

namespace Exposure.TestSupport;

/// <summary>
/// A list of a few companies made in a test: each named, with its legal name, one allegation (the bundled list's first
/// about a company itself, rewritten for it), a source for each listing and ISIN, and the bundled exchanges.
/// </summary>
public static class SmallList
{
    public static ReferenceData Of(params Company[] companies)
    {
        var bundled = BundledReference.Value;
        var template = bundled.Allegations.First(a => a.SubjectRelation == SubjectRelation.Self);
        static IReadOnlyList<Located<T>> Located<T>(IEnumerable<T> items) => items.Select((v, i) => new Located<T>(v, "list.csv", i + 2)).ToList();
        static IdentifierSource Source(string id, string field, string value) =>
            new(id, field, value, "https://example.invalid/", "test", "test", "2026-01-01");
        return ReferenceData.Create(
            "test",
            Located(companies),
            Located(companies.Select(c => new CompanyName(c.Id, c.NameEn, NameKind.Legal, "https://example.invalid/"))),
            Located(companies.Select(c => template with { Id = "a-" + c.Id, CompanyId = c.Id, SubjectName = c.NameEn })),
            Located(companies.SelectMany(c => c.Listings.Select(l => Source(c.Id, "ticker", l.ToString()))
                .Concat(c.Isins.Select(i => Source(c.Id, "isin", i))))),
            bundled.Exchanges);
    }

    /// <summary>A named Chinese company with only a legal name.</summary>
    public static Company Named(string id, string name) => new(id, name, null, "CN", [], [], null, null, Basis.Named, "");
}
