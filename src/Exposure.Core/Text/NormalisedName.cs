namespace Exposure.Core.Text;

/// <summary>A company or security name reduced to comparable form.</summary>
/// <param name="Text">Upper-case tokens separated by single spaces, legal forms and share-class suffixes removed.</param>
/// <param name="Compact">The same without spaces, for names that files split or join differently (<c>O FILM</c>, <c>OFILM</c>).</param>
/// <param name="EndsComplete">The written name ended in a legal form, share class or receipt wording, so it was not cut short.</param>
/// <param name="Forms">
/// The legal forms removed. A group or holding word (<c>GROUP</c>, <c>HOLDINGS</c>, <c>集团</c>) says the name may be a
/// parent's, where the same name with another legal form is a listed subsidiary's.
/// </param>
public sealed record NormalisedName(string Text, string Compact, bool EndsComplete = false, LegalForms Forms = LegalForms.None)
{
    public static readonly NormalisedName Empty = new("", "");

    public bool IsEmpty => Compact.Length == 0;

    /// <summary>The words of <see cref="Text"/>.</summary>
    public IReadOnlyList<string> Tokens { get; } = Text.Length == 0 ? [] : Text.Split(' ');

    public bool Equals(NormalisedName? other) =>
        other is not null && Text == other.Text && Compact == other.Compact && EndsComplete == other.EndsComplete
        && Forms == other.Forms;

    public override int GetHashCode() => HashCode.Combine(Text, Compact, EndsComplete, Forms);

    /// <summary>The group and holding words removed (<see cref="LegalForms.Group"/>, <see cref="LegalForms.Holding"/>), or none.</summary>
    public LegalForms GroupWords => Forms & LegalForms.GroupWords;

    /// <summary>A legal form of any kind was removed: the name is written as an entity's full name.</summary>
    public bool StatesLegalForm => (Forms & LegalForms.Stated) != 0;
}
