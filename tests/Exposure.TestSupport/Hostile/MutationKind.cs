namespace Exposure.TestSupport.Hostile;

/// <summary>The ways a file is broken before a reader is given it: what a damaged download, a bad export or a hostile sender produces.</summary>
public enum MutationKind
{
    Truncate,
    DuplicateLine,
    DeleteLine,
    InsertQuote,
    InsertComma,
    InsertControlCharacters,
    HugeNumber,
    BinaryJunk,
    DeepNesting,
    LongField,
    LineEndings,
}
