namespace Exposure.Core.Text;

/// <summary>The legal forms normalising removed from a name.</summary>
[Flags]
public enum LegalForms
{
    /// <summary>None: the name as written states no legal form (<c>ZIJIN MINING</c>), so it says nothing of being a group or not.</summary>
    None = 0,

    /// <summary>A legal form (<c>CO</c>, <c>LTD</c>, <c>CORPORATION</c>, <c>有限公司</c>): the name is an entity's full name.</summary>
    Stated = 1,

    /// <summary>A group word (<c>GROUP</c>, <c>集团</c>).</summary>
    Group = 2,

    /// <summary>A holding word (<c>HOLDING</c>, <c>HOLDINGS</c>): "X Holdings" is not "X Group", nor "X Ltd".</summary>
    Holding = 4,

    /// <summary>The group and holding words.</summary>
    GroupWords = Group | Holding,
}
