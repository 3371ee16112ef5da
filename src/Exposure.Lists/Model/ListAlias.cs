using Exposure.Core.Reference;

namespace Exposure.Lists.Model;

/// <summary>
/// Another name a list gives an entry, with what kind of name the list says it is. An alias the list does not mark
/// (an a.k.a., an alternate name, a name of one's own list's <c>aliases</c> column) is <see cref="NameKind.Trading"/>,
/// which a match by name alone sends to review; a name the list marks as the entry's former name
/// (f.k.a., "formerly known as", FollowTheMoney <c>previousName</c>) is <see cref="NameKind.Former"/>, which matches as
/// the legal name does.
/// </summary>
public sealed record ListAlias(string Name, NameKind Kind)
{
    public static ListAlias Trading(string name) => new(name, NameKind.Trading);

    public static ListAlias Former(string name) => new(name, NameKind.Former);

    public override string ToString() => Kind == NameKind.Former ? $"{Name} (former name)" : Name;
}
