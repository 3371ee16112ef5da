using System.CommandLine;
using System.Globalization;
using Exposure.Core.Reference;
using Exposure.Core.Reporting;
using Exposure.Lists.Combine;
using Exposure.Lists.Diff;
using Exposure.Lists.Folder;
using Exposure.Lists.Model;
using Exposure.Pipeline.Output;

namespace Exposure.Cli.Commands;

/// <summary>
/// <c>exposure list import|check|diff</c>: bring an official, open or own list into the list schema, check a list, and
/// say what changed between two versions of one (docs/lists.md).
/// </summary>
public static class ListCommand
{
    /// <summary>Problems printed in full; the rest are counted (all are in the folder's problems.csv).</summary>
    private const int ProblemsShown = 20;

    public static Command Create(CommandContext context)
    {
        var command = new Command("list", "Import, check and compare lists of companies (docs/lists.md).");
        command.Subcommands.Add(Import(context));
        command.Subcommands.Add(Check(context, "check"));
        command.Subcommands.Add(Diff(context));
        return command;
    }

    /// <summary><c>list check</c>, also reached as <c>reference check</c>.</summary>
    public static Command Check(CommandContext context, string name)
    {
        var list = new Argument<string>("list")
        {
            Description = "The list to check: 'bundled', a list folder, or a file in any supported format. Default: the bundled list.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var reference = new Option<string>("--reference") { Description = "A list folder to check (as the argument).", HelpName = "folder" };
        var importOptions = new ListImportOptions();
        var check = new Command(name, "Check every rule a list must keep (check digits, ids, parents, a source for every allegation and identifier) and print what it holds.")
        {
            list, reference,
        };
        importOptions.AddTo(check);
        check.SetAction(parse =>
        {
            var spec = parse.GetValue(list) ?? parse.GetValue(reference) ?? BundledData.ReferenceFolder;
            var all = ListLoader.LoadAll(spec, BundledData.ReferenceFolder, importOptions.From(parse));
            var output = context.Output;
            if (all.Count == 1)
            {
                Describe(output, spec, all[0]);
                return ExitCodes.Ok;
            }
            // A folder of two lists (OFAC's SDN and non-SDN sets side by side): each is described, then what combining them joins.
            output.WriteLine($"{Path.GetFullPath(spec)}: {Wording.Count(all.Count, "list", "lists")}, each read and screened against as a list of its own: " +
                string.Join("; ", all.Select(l => $"{l.Info.Name} ({l.Info.File})")));
            foreach (var loaded in all) Describe(output, spec, loaded, shownAs: loaded.Info.File);
            WriteCombined(output, ListSet.Combine(all).Used);
            return ExitCodes.Ok;
        });
        return check;
    }

    /// <summary>What one list holds, its provenance and its problems.</summary>
    private static void Describe(TextWriter output, string spec, LoadedList loaded, string? shownAs = null)
    {
        var data = loaded.Data;
        var info = loaded.Info;
        var byBasis = data.Companies.GroupBy(c => Wording.Code(c.Basis)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}");
        var builtIn = IsBuiltIn(spec);
        // A file that holds another number of entries than it states is not called valid.
        var verdict = ListFraming.EntriesDisagree(info) is { } disagree ? $"read, but not whole: {disagree}" : "valid";
        output.WriteLine(info.Format.StartsWith(ListFormats.Folder, StringComparison.Ordinal) || builtIn
            ? $"{(builtIn ? Path.GetFullPath(BundledData.ReferenceFolder) : Path.GetFullPath(spec))}: version {data.Version}, {verdict}{(builtIn ? " (the list built into this program)" : "")}"
            : $"{shownAs ?? Path.GetFullPath(spec)}: {info.Name} ({info.Format}, {DateOf(info)}), {verdict}");
        // Every entry of the file in one state: imported, or left out of a kind and for a reason.
        if (!builtIn) output.WriteLine($"  {ListFraming.EntriesAccounted(info)}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {info.Entries} {(info.Entries == 1 ? "entry" : "entries")}, {data.Companies.Count} {(data.Companies.Count == 1 ? "company" : "companies")} ({string.Join(", ", byBasis)}), {data.Names.Count} names, ") +
            $"{Wording.Count(data.Allegations.Count, "allegation", "allegations")}, {Wording.Count(data.IdentifierSources.Count, "identifier source", "identifier sources")}; " +
            $"{Wording.Count(data.Exchanges.All.Count, "exchange", "exchanges")} in the exchange table");
        output.WriteLine($"  {Wording.Count(data.Companies.Count(c => c.Isins.Count > 0), "company", "companies")} with an ISIN, {Wording.Number(data.Companies.Count(c => c.Lei is not null))} with an LEI, {Wording.Number(data.Companies.Count(c => c.Listings.Count > 0))} with a listing");
        var kinds = data.Allegations.GroupBy(a => a.SourceKind ?? "not stated").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}");
        output.WriteLine($"  sources by kind: {string.Join(", ", kinds)}");
        var secondary = data.Companies.Count(c => data.AllegationsOf(c.Id).All(a => SourceKinds.IsSecondary(a.SourceKind)));
        if (secondary > 0) output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {secondary} {(secondary == 1 ? "company rests" : "companies rest")} on secondary sources only"));
        output.WriteLine($"  SHA-256 {info.Sha256}" + (info.Licence is { } licence ? $"; licence: {licence}" : ""));
        var noted = data.Companies.Count(c => c.ReviewNote.Length > 0);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {noted} {(noted == 1 ? "company carries" : "companies carry")} a review note: read them before publishing"));
        WriteProblems(output, loaded.Issues);
    }

    /// <summary>What combining several lists does: the companies joined, the identifiers in conflict and the names to decide, each conflict in full.</summary>
    private static void WriteCombined(TextWriter output, ListsUsed used)
    {
        output.WriteLine($"combined: {Wording.Count(used.Joined.Count, "join", "joins")} of companies named by several lists, " +
            $"{Wording.Count(used.Conflicts.Count, "identifier conflict", "identifier conflicts")}, {Wording.Count(used.NamePairs.Count, "pair", "pairs")} of companies sharing only a name");
        foreach (var j in used.Joined.Take(ProblemsShown))
            output.WriteLine($"  joined on {j.Key} {j.Value}: '{j.Name}' ({j.ListName}) and '{j.OtherName}' ({j.OtherListName})");
        if (used.Joined.Count > ProblemsShown) output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ... and {used.Joined.Count - ProblemsShown} more joins"));
        foreach (var p in used.NamePairs.Take(ProblemsShown))
            output.WriteLine($"  same name, kept apart: '{p.Name}' ({p.ListName}, {p.CompanyId}; {p.OtherListName}, {p.OtherCompanyId}): decide whether they are one company");
        if (used.NamePairs.Count > ProblemsShown) output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ... and {used.NamePairs.Count - ProblemsShown} more pairs"));
        foreach (var c in used.Conflicts.Take(ProblemsShown))
            output.WriteLine($"  conflict, {c.Field} {c.Value}: {c.Note}");
        if (used.Conflicts.Count > ProblemsShown) output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ... and {used.Conflicts.Count - ProblemsShown} more conflicts"));
    }

    private static Command Import(CommandContext context)
    {
        var file = new Argument<string>("file") { Description = "The list file (or OFAC folder) to import." };
        var outDir = new Option<string>("--out", "-o") { Description = "The folder to write the list to (the reference-data schema).", HelpName = "folder", Required = true };
        var importOptions = new ListImportOptions();
        var command = new Command("import", "Read a list in any supported format and write it as a list folder that can be reviewed, edited, kept in git and screened against with --list.")
        {
            file, outDir,
        };
        importOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var output = context.Output;
            var path = parse.GetValue(file)!;
            var loaded = ListLoader.Load(path, BundledData.ReferenceFolder, importOptions.From(parse));
            var folder = parse.GetValue(outDir)!;
            Writing($"cannot write the list to '{folder}'", () => ListFolderWriter.Write(loaded.Data, loaded.Info, loaded.Issues, folder, BundledData.ReferenceFolder));
            var info = loaded.Info;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {info.Name} ({info.Format}, {DateOf(info)}): {Wording.Count(info.Entries, "entry", "entries")}, {Wording.Count(info.Companies, "company", "companies")}, ") +
                string.Create(CultureInfo.InvariantCulture, $"{loaded.Data.Companies.Count(c => c.Isins.Count > 0)} with an ISIN; {Wording.Count(info.Problems, "problem", "problems")} reported"));
            output.WriteLine($"  {ListFraming.EntriesAccounted(info)}");
            output.WriteLine($"  written to {folder}");
            WriteProblems(output, loaded.Issues);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Diff(CommandContext context)
    {
        var old = new Argument<string>("old") { Description = "The earlier version: a list folder or a list file." };
        var @new = new Argument<string>("new") { Description = "The later version: a list folder or a list file." };
        var csv = new Option<string>("--csv") { Description = "Also write the changes to this CSV file.", HelpName = "file" };
        var command = new Command("diff", "List the companies and identifiers added, removed and changed between two versions of a list.") { old, @new, csv };
        command.SetAction(parse =>
        {
            var output = context.Output;
            var before = ListLoader.Load(parse.GetValue(old)!, BundledData.ReferenceFolder);
            var after = ListLoader.Load(parse.GetValue(@new)!, BundledData.ReferenceFolder);
            var changes = ListDiff.Compare(before.Data, after.Data, before.Info.Name, after.Info.Name);
            var added = changes.Count(c => c.Field == "company" && c.Change == "added");
            var removed = changes.Count(c => c.Field == "company" && c.Change == "removed");
            var changed = changes.Where(c => c.Field != "company").Select(c => c.CompanyId).Distinct().Count();
            output.WriteLine($"{before.Info.Name} ({DateOf(before.Info)}, {before.Data.Companies.Count} companies) -> {after.Info.Name} ({DateOf(after.Info)}, {after.Data.Companies.Count} companies)");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {added} companies added, {removed} removed, {changed} changed"));
            foreach (var c in changes)
            {
                var sign = c.Change switch { "added" => "+", "removed" => "-", _ => "~" };
                output.WriteLine(c.Field == "company"
                    ? $"{sign} {c.CompanyId}: {c.New ?? c.Old}"
                    : $"{sign} {c.CompanyId} {c.Field}: {(c.Change == "changed" ? $"{c.Old ?? "(none)"} -> {c.New ?? "(none)"}" : c.New ?? c.Old)}");
            }
            if (parse.GetValue(csv) is { } csvPath) Writing($"cannot write '{csvPath}'", () => WriteCsv(csvPath, changes));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The list's date as the list states it, or its file's modification date said to be one ("2026-11-30 (file date)").</summary>
    private static string DateOf(ListInfo info) => info.DateIsFileModified && info.Date is not null
        ? $"{info.DateShown}; the list's own date is not stated"
        : info.DateShown;

    /// <summary>Runs a write; what goes wrong is said in words, naming what could not be written.</summary>
    private static void Writing(string what, Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw OutputException.Because(what, e);
        }
    }

    private static void WriteCsv(string path, IReadOnlyList<ListChange> changes)
    {
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
        using var csv = new CsvHelper.CsvWriter(writer, new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" });
        foreach (var h in new[] { "change", "company_id", "company_name", "field", "old", "new" }) csv.WriteField(h);
        csv.NextRecord();
        foreach (var c in changes)
        {
            foreach (var v in new[] { c.Change, c.CompanyId, c.CompanyName, c.Field, c.Old, c.New }) csv.WriteField(Core.Text.FormulaGuard.ForCsv(v) ?? "");
            csv.NextRecord();
        }
    }

    private static void WriteProblems(TextWriter output, IReadOnlyList<ListIssue> issues)
    {
        if (issues.Count == 0) return;
        output.WriteLine($"  {Wording.Count(issues.Count, "problem", "problems")} reported (values left out, names to review):");
        foreach (var i in issues.Take(ProblemsShown))
            output.WriteLine($"    {(i.Line is { } l ? string.Create(CultureInfo.InvariantCulture, $"{i.File}, line {l}") : i.File)}: {i.Problem}");
        if (issues.Count > ProblemsShown) output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    ... and {issues.Count - ProblemsShown} more"));
    }


    private static bool IsBuiltIn(string spec) =>
        spec.Equals(ListLoader.Bundled, StringComparison.OrdinalIgnoreCase) || string.Equals(
            Path.TrimEndingDirectorySeparator(Path.GetFullPath(spec)),
            Path.TrimEndingDirectorySeparator(Path.GetFullPath(BundledData.ReferenceFolder)),
            OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
