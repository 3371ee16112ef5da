namespace Exposure.Readers.Review;

/// <summary>What recording decisions did: how many were appended to the log, and how many it held already.</summary>
public sealed record Recorded(int Appended, int AlreadyInLog);
