namespace Exposure.Core.Holdings;

/// <summary>
/// What a holdings reader yields, in file order. Every physical line is covered by exactly one item. Lines yielded
/// before a file's first <see cref="FundDetected"/> belong to no fund (an N-PORT data set's rows of a filing it does not
/// describe): they are counted for the file as a whole.
/// </summary>
public abstract record ReadItem;

/// <summary>Yielded once, before the first holding: the fund as the file describes it.</summary>
public sealed record FundDetected(FundMetadata Fund) : ReadItem;

/// <summary>Lines that hold no holding: preamble, header, footer, notes, blank.</summary>
public sealed record NotAHolding(SourceLocation Source, string What) : ReadItem;

/// <summary>A line that looked like a holding and could not be read, or a total line (<paramref name="Kind"/> says which).</summary>
public sealed record Rejected(SourceLocation Source, string Reason, string RawText, RejectionKind Kind = RejectionKind.Unreadable) : ReadItem;

/// <summary>A holding read from the file.</summary>
public sealed record HoldingRead(HoldingRow Row) : ReadItem;

/// <summary>
/// What a reader could not read and read without, to be said beside the figures (an N-PORT data set without its
/// REGISTRANT or IDENTIFIERS table): what is missing, and what was used instead. Covers no line.
/// </summary>
/// <param name="File">The input (or the table in it) the note is about, as errors name it.</param>
/// <param name="Text">The note, one sentence or two, naming what is missing and what the figures use instead.</param>
public sealed record InputNote(string File, string Text) : ReadItem;

/// <summary>Yielded last: the number of physical lines the file has.</summary>
public sealed record EndOfFile(int Lines) : ReadItem;
