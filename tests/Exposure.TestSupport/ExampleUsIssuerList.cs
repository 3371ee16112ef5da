namespace Exposure.TestSupport;

/// <summary>
/// The bundled list with one fictional company added, which the list gives a US ISIN (US99999A1025, CUSIP 99999A102,
/// made up for tests, on the reserved domain example.invalid): the CUSIP issuer rule is tried on it. No such company
/// or security exists.
/// </summary>
public static class ExampleUsIssuerList
{
    public const string CompanyId = "example-us-issuer";
    public const string Isin = "US99999A1025";

    /// <summary>A bond CUSIP with the company's issuer number (99999A) and a valid check digit.</summary>
    public const string BondCusip = "99999AAB8";

    /// <summary>Writes the list into <paramref name="folder"/> and returns it.</summary>
    public static string WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var f in Directory.GetFiles(RepoPaths.ReferenceData)) File.Copy(f, Path.Combine(folder, Path.GetFileName(f)), overwrite: true);
        const string source = "https://example.invalid/list";
        File.AppendAllText(Path.Combine(folder, "companies.csv"),
            $"{CompanyId},Example Issuer Holdings Inc.,,US,,{Isin},,,named,fictional company for tests\n");
        File.AppendAllText(Path.Combine(folder, "names.csv"), $"{CompanyId},Example Issuer Holdings Inc.,legal,{source}\n");
        File.AppendAllText(Path.Combine(folder, "identifier_sources.csv"), $"{CompanyId},isin,{Isin},{source},Example list (fictional),Example,2026-01\n");
        File.AppendAllText(Path.Combine(folder, "allegations.csv"),
            $"T999,{CompanyId},Example Issuer Holdings Inc.,self,forced-labour,Example list (fictional),2024-01-01,Fictional entry for tests.,{source},Example list,Example,official\n");
        return folder;
    }
}
