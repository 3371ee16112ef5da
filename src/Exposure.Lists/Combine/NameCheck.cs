using Exposure.Core.Matching;
using Exposure.Core.Reference;
using Exposure.Core.Text;

namespace Exposure.Lists.Combine;

/// <summary>
/// Whether two lists' companies that share an identifier have names with next to nothing alike, compared as matching
/// compares a holding's name with a company's (<see cref="Matcher.NameAgreement(string, Company)"/>, "isin, name
/// differs"): each one's legal, native-script, former and transliterated names against all the other's names, words
/// weighted by rarity in the other's list. Names in Chinese script are compared only with names in Chinese script, and
/// names in Latin letters only with such names: a list that gives a company in one script only says nothing either way.
/// </summary>
internal sealed class NameCheck(IReadOnlyList<LoadedList> lists)
{
    private readonly Dictionary<int, Matcher> _matchers = [];

    /// <summary>True when the two companies' names were compared and none agree (<see cref="Matcher.NamesDiffer"/>).</summary>
    public bool Contradict(Member a, Member b)
    {
        var compared = false;
        foreach (var (x, y) in new[] { (a, b), (b, a) })
        {
            var theirs = AllNames(y);
            var matcher = MatcherOf(y.List);
            foreach (var name in OwnNames(x))
            {
                var cjk = NameNormaliser.HasCjk(name);
                if (!theirs.Exists(n => NameNormaliser.HasCjk(n) == cjk)) continue;
                var agreement = matcher.NameAgreement(name, y.Company);
                if (agreement.Score >= Matcher.IsinNameFloor) return false;
                // A name with nothing left to compare once normalised (a legal form alone) says nothing either way.
                compared |= Matcher.NamesDiffer(agreement);
            }
        }
        return compared;
    }

    private Matcher MatcherOf(int list) =>
        _matchers.TryGetValue(list, out var m) ? m : _matchers[list] = new Matcher(lists[list].Data);

    /// <summary>The names a holding's name is matched on: legal, native-script, former and transliterated.</summary>
    private List<string> OwnNames(Member m) =>
        lists[m.List].Data.NamesOf(m.Company.Id)
            .Where(n => n.Kind is not (NameKind.Short or NameKind.Trading)).Select(n => n.Name)
            .Prepend(m.Company.NameNative ?? "").Prepend(m.Company.NameEn)
            .Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    private List<string> AllNames(Member m) =>
        lists[m.List].Data.NamesOf(m.Company.Id).Select(n => n.Name)
            .Prepend(m.Company.NameNative ?? "").Prepend(m.Company.NameEn)
            .Where(n => n.Length > 0).ToList();
}
