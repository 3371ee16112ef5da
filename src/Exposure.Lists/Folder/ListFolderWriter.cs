using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;
using Exposure.Core.Text;
using Exposure.Lists.Combine;

namespace Exposure.Lists.Folder;

/// <summary>
/// Writes a list as a folder in the reference-data schema (reference-data/README.md), so that it can be reviewed, edited
/// and kept in git: the same files the bundled list has, plus <c>provenance.csv</c> (what file it was imported from, its
/// date and SHA-256) and <c>problems.csv</c> (every value reported while importing). Text that a spreadsheet would read
/// as a formula is written behind an apostrophe, which the loader removes.
/// </summary>
public static class ListFolderWriter
{
    public static void Write(ReferenceData data, ListInfo info, IReadOnlyList<ListIssue> issues, string folder, string bundledFolder)
    {
        Directory.CreateDirectory(folder);
        // A file's modification date is written as one ("2026-12-05 (file date)"), so that the folder's version says so too.
        File.WriteAllText(Path.Combine(folder, "VERSION"), (info.Date is null ? data.Version : info.DateShown) + "\n", new UTF8Encoding(false));
        Csv(folder, "companies.csv", ["id", "name_en", "name_native", "country", "listings", "isins", "lei", "parent_id", "basis", "review_note", "private_company"],
            data.Companies.Select(c => new[]
            {
                c.Id, c.NameEn, c.NameNative, c.Country, string.Join(";", c.Listings), string.Join(";", c.Isins), c.Lei, c.ParentId,
                Wording.Code(c.Basis), c.ReviewNote, c.PrivateCompany,
            }));
        Csv(folder, "names.csv", ["company_id", "name", "kind", "source_url"],
            data.Names.Select(n => new[] { n.CompanyId, n.Name, n.Kind.ToString().ToLowerInvariant(), n.SourceUrl }));
        Csv(folder, "allegations.csv",
            ["id", "company_id", "subject_name", "subject_relation", "category", "list_or_report", "date", "summary", "source_url", "source_title", "publisher", "source_kind", "listed", "date_kind"],
            data.Allegations.Select(a => new[]
            {
                a.Id, a.CompanyId, a.SubjectName, a.SubjectRelation.ToString().ToLowerInvariant(), a.Category, a.ListOrReport, a.Date, a.Summary,
                a.SourceUrl, a.SourceTitle, a.Publisher, a.SourceKind, a.Listed ? "true" : "false", a.DateKind,
            }));
        Csv(folder, "identifier_sources.csv", ["company_id", "field", "value", "source_url", "source_title", "publisher", "date"],
            data.IdentifierSources.Select(s => new[] { s.CompanyId, s.Field, s.Value, s.SourceUrl, s.SourceTitle, s.Publisher, s.Date }));
        foreach (var file in new[] { "exchanges.csv", "exchange_aliases.csv" })
            File.Copy(Path.Combine(bundledFolder, file), Path.Combine(folder, file), overwrite: true);
        Csv(folder, "provenance.csv", ["name", "format", "file", "file_date", "file_date_stated", "sha256", "licence", "source_kind", "entries", "companies", "problems", "publisher", "entries_stated"],
            [[info.Name, info.Format, info.File, info.Date, info.Date is null ? null : info.DateIsFileModified ? "false" : "true", info.Sha256, info.Licence, info.SourceKind,
              info.Entries.ToString(CultureInfo.InvariantCulture), info.Companies.ToString(CultureInfo.InvariantCulture), info.Problems.ToString(CultureInfo.InvariantCulture),
              info.Publisher, info.EntriesStated?.ToString(CultureInfo.InvariantCulture)]]);
        Csv(folder, ListLoader.LeftOutFile, ["kind", "kind_plural", "count", "reason"],
            (info.LeftOut ?? []).Select(l => new[] { l.Kind, l.KindPlural, l.Count.ToString(CultureInfo.InvariantCulture), l.Reason }));
        Csv(folder, "problems.csv", ["file", "line", "problem"],
            issues.Select(i => new[] { i.File, i.Line?.ToString(CultureInfo.InvariantCulture), i.Problem }));
    }

    private static void Csv(string folder, string file, string[] header, IEnumerable<string?[]> rows)
    {
        var path = Path.Combine(folder, file);
        var temp = path + ".tmp";
        using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false)))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" }))
        {
            foreach (var h in header) csv.WriteField(h);
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var value in row) csv.WriteField(FormulaGuard.ForCsv(value) ?? "");
                csv.NextRecord();
            }
        }
        File.Move(temp, path, overwrite: true);
    }
}
