namespace Exposure.Core.Review;

public enum ReviewVerdict
{
    /// <summary>The security is the company: the candidate becomes a match.</summary>
    Accept,
    /// <summary>The security is not the company: the candidate (or a rule's match) is set aside.</summary>
    Reject,
}
