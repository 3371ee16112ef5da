namespace Exposure.Core.Reference;

public enum NameKind
{
    Legal,
    Native,
    Short,
    Former,
    Trading,
    Transliteration,
}
