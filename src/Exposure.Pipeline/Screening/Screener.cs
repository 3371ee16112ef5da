using Exposure.Core.Families;
using Exposure.Core.Holdings;
using Exposure.Core.Matching;
using Exposure.Core.Reference;
using Exposure.Core.Review;

namespace Exposure.Pipeline.Screening;

/// <summary>
/// The screening stages for one holding, in order: normalise (<see cref="HoldingNormaliser"/>), find candidates
/// (<see cref="CandidateIndex"/>), score and explain (<see cref="Matcher"/>), apply a person's decisions
/// (<see cref="ReviewBook"/>), and place the company in its family (<see cref="CorporateFamilies"/>).
/// </summary>
public sealed class Screener
{
    private readonly HoldingNormaliser _normaliser;
    private readonly Matcher _matcher;
    private readonly ReviewBook _review;

    public Screener(ReferenceData reference, ReviewBook review)
    {
        _normaliser = new HoldingNormaliser(reference.Exchanges);
        _matcher = new Matcher(new CandidateIndex(reference));
        _review = review;
        Families = new CorporateFamilies(reference);
    }

    public CorporateFamilies Families { get; }

    /// <summary>Distinct securities screened so far.</summary>
    public int DistinctSecurities => _matcher.DistinctSecurities;

    /// <summary>Makes a row a holding; safe to call from several threads at once.</summary>
    public Holding Normalise(HoldingRow row) => _normaliser.Normalise(row);

    /// <summary>Screens a holding's security ahead of <see cref="Screen"/>, on any thread (<see cref="Matcher.Prepare"/>).</summary>
    public void Prepare(Holding holding) => _matcher.Prepare(holding);

    /// <summary>The state a screened holding ends in, and the (decided) match behind it; called from one thread, in the order of the rows.</summary>
    public Screened Screen(Holding holding)
    {
        var match = _review.Apply(holding, _matcher.Match(holding));
        return new Screened(CorporateFamilies.StateOf(match), match);
    }
}

/// <summary>A screened holding's state and the match behind it (<see cref="MatchResult.None"/> when nothing matched).</summary>
public readonly record struct Screened(RowState State, MatchResult Match);
