namespace Exposure.Lists.Combine;

/// <summary>Companies of several lists taken for one company, with the LEIs and USCCs they give and the lists they come from.</summary>
internal sealed class CompanyGroup(int order)
{
    /// <summary>Where the group's first company stands among all companies of all lists: groups keep this order.</summary>
    public int Order { get; } = order;

    public List<Member> Members { get; } = [];
    public HashSet<int> Lists { get; } = [];
    public HashSet<string> Leis { get; } = new(StringComparer.OrdinalIgnoreCase);
    public HashSet<string> Usccs { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The group this one was joined into, or null while it stands alone.</summary>
    public CompanyGroup? JoinedInto { get; private set; }

    /// <summary>The company's id in the run, once given.</summary>
    public string Id { get; set; } = "";

    public CompanyGroup Root
    {
        get
        {
            var g = this;
            while (g.JoinedInto is { } next) g = next;
            return g;
        }
    }

    public void Add(Member member, string? lei, IEnumerable<string> usccs)
    {
        Members.Add(member);
        Lists.Add(member.List);
        if (lei is not null) Leis.Add(lei);
        Usccs.UnionWith(usccs);
    }

    /// <summary>Takes in another group's companies; the other group then stands for this one.</summary>
    public void Absorb(CompanyGroup other)
    {
        Members.AddRange(other.Members);
        Lists.UnionWith(other.Lists);
        Leis.UnionWith(other.Leis);
        Usccs.UnionWith(other.Usccs);
        other.JoinedInto = this;
    }

    /// <summary>An identifier of one kind both give, with no value in common (two LEIs, two USCCs): the field and the two values; else null.</summary>
    public (string Field, string Mine, string Theirs)? Differs(IReadOnlyCollection<string> leis, IReadOnlyCollection<string> usccs)
    {
        if (Leis.Count > 0 && leis.Count > 0 && !Leis.Overlaps(leis)) return ("lei", Leis.Order(StringComparer.Ordinal).First(), leis.Order(StringComparer.Ordinal).First());
        if (Usccs.Count > 0 && usccs.Count > 0 && !Usccs.Overlaps(usccs)) return ("uscc", Usccs.Order(StringComparer.Ordinal).First(), usccs.Order(StringComparer.Ordinal).First());
        return null;
    }

    public (string Field, string Mine, string Theirs)? Differs(CompanyGroup other) => Differs(other.Leis, other.Usccs);
}
