namespace Exposure.Core.Reference;

/// <summary>
/// What kind of page an allegation's source is. <c>official</c> (a government list, notice or register) and
/// <c>report</c> (the NGO or academic report itself) are primary; every other kind reports or copies what a primary
/// source said.
/// </summary>
public static class SourceKinds
{
    public const string Official = "official";
    public const string Report = "report";
    public const string Statement = "statement";
    public const string LegalBulletin = "legal-bulletin";
    public const string TradePress = "trade-press";
    public const string News = "news";
    public const string PressReleaseWire = "press-release-wire";
    public const string CopyOfOfficialFile = "copy-of-official-file";

    public static IReadOnlyList<string> All { get; } =
        [Official, Report, Statement, LegalBulletin, TradePress, News, PressReleaseWire, CopyOfOfficialFile];

    public static bool IsKnown(string? kind) => kind is not null && All.Contains(kind);

    public static bool IsPrimary(string? kind) => kind is Official or Report;

    /// <summary>A kind the list states and that is not primary.</summary>
    public static bool IsSecondary(string? kind) => kind is not null && !IsPrimary(kind);

    /// <summary>The kind in words, for reports: "official list or notice", "law-firm bulletin", ...; "not stated" for null.</summary>
    public static string Describe(string? kind) => kind switch
    {
        Official => "official list or notice",
        Report => "NGO or academic report",
        Statement => "coalition statement",
        LegalBulletin => "law-firm bulletin",
        TradePress => "trade press",
        News => "news",
        PressReleaseWire => "press-release wire",
        CopyOfOfficialFile => "copy of an official file",
        null => "not stated",
        _ => kind,
    };
}
