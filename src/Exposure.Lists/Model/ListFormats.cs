namespace Exposure.Lists.Model;

/// <summary>The list formats Exposure reads (docs/lists.md).</summary>
public static class ListFormats
{
    /// <summary>A folder in the reference-data schema (the bundled list, or one written by <c>exposure list import</c>).</summary>
    public const string Folder = "folder";
    /// <summary>One row per company in CSV or .xlsx, columns found by name.</summary>
    public const string Spreadsheet = "spreadsheet";
    /// <summary>OFAC's legacy delimited files: SDN (sdn.csv ...) or consolidated non-SDN (cons_prim.csv ...).</summary>
    public const string OfacLegacy = "ofac-legacy";
    /// <summary>OFAC's classic XML file of the SDN list (SDN.XML: sdnList of sdnEntry).</summary>
    public const string OfacXml = "ofac-xml";
    /// <summary>OpenSanctions FollowTheMoney entities as JSON lines (entities.ftm.json, targets.nested.json).</summary>
    public const string OpenSanctionsFtm = "opensanctions-ftm";
    /// <summary>OpenSanctions targets.simple.csv.</summary>
    public const string OpenSanctionsSimple = "opensanctions-simple";
    /// <summary>The OpenSanctions securities table (caption, lei, perm_id, isins, ...).</summary>
    public const string OpenSanctionsSecurities = "opensanctions-securities";
    /// <summary>The US Consolidated Screening List CSV.</summary>
    public const string Csl = "us-csl";
    /// <summary>The DHS UFLPA Entity List page, saved as HTML.</summary>
    public const string Uflpa = "us-uflpa-html";

    public static IReadOnlyList<string> All { get; } =
        [Folder, Spreadsheet, OfacLegacy, OfacXml, OpenSanctionsFtm, OpenSanctionsSimple, OpenSanctionsSecurities, Csl, Uflpa];
}
