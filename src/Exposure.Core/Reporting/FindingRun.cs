namespace Exposure.Core.Reporting;

/// <summary>A run of words of a key finding; <see cref="Strong"/> marks the words a reader's eye should land on (set in bold).</summary>
public sealed record FindingRun(string Text, bool Strong = false)
{
    public static implicit operator FindingRun(string text) => new(text);

    /// <summary>Plain words, not set in bold.</summary>
    public static FindingRun FromString(string text) => new(text);
}
