using System.CommandLine;
using System.Globalization;
using Exposure.Cli.Terminal;
using Exposure.Reports.Excel.Report;

namespace Exposure.Cli.Commands;

/// <summary><c>exposure report</c>: screen holdings files (or a whole scheme) and write the reports.</summary>
public static class ReportCommand
{
    public static Command Create(CommandContext context)
    {
        var holdings = new Option<string[]>("--holdings")
        {
            Description = "Holdings files to screen (iShares downloads or CSV with a header row). Without it, the bundled illustrative holdings are used.",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "file",
        };
        var portfolio = new Option<string>("--portfolio")
        {
            Description = "A portfolio file (JSON) describing a scheme: its funds, index mandates and funds of funds, amounts invested and currencies. The scheme is looked through to company level. Instead of --holdings.",
            HelpName = "file",
        };
        var mapping = new Option<string[]>("--mapping")
        {
            Description = "A mapping file (JSON) naming the columns, delimiter and number format of CSV holdings files the header detection does not know. MAPPING alone applies to every --holdings file; FILE=MAPPING to that file only (repeat for each). FILE is a --holdings file as given, or its file name.",
            HelpName = "[file=]mapping",
        };
        var fundName = new Option<string[]>("--fund-name")
        {
            Description = "The fund's name for a holdings file whose own text does not give it (or gives another): FILE=NAME, repeatable; NAME alone when there is one --holdings file.",
            HelpName = "file=name",
        };
        var asOf = new Option<string[]>("--as-of")
        {
            Description = "The as-of date (yyyy-MM-dd) of a holdings file that does not state it: FILE=DATE, repeatable; DATE alone for every --holdings file.",
            HelpName = "[file=]date",
        };
        var sheet = new Option<string[]>("--sheet")
        {
            Description = "The sheet of an Excel workbook to read (its name, in any case): FILE=SHEET, repeatable; SHEET alone when there is one --holdings file. With --portfolio, FILE is a workbook the portfolio file names, as it names it or by its file name, for its holdings that name no 'sheet' of their own. Without it, the first visible sheet with a holdings header row is read, and the report says which other sheets hold holdings.",
            HelpName = "file=sheet",
        };
        var listAsOf = new Option<string>("--list-as-of")
        {
            Description = "Screen against the list as it stood on this date (yyyy-MM-dd, today or earlier): allegations dated later are left out, and companies with none left are not screened against. The methodology says what was left out.",
            HelpName = "date",
        };
        var showReviewers = new Option<bool>("--show-reviewers")
        {
            Description = "Name the reviewer of each review decision applied. Off by default: reports say \"a reviewer\".",
        };
        var reference = new Option<string[]>("--reference")
        {
            Description = "Folder with a flagged-company list (companies.csv, names.csv, allegations.csv, ...), the same as --list FOLDER. Default: the bundled reference-data.",
            HelpName = "folder",
        };
        var lists = new Option<string[]>("--list")
        {
            Description = "A list to screen against, repeatable: 'bundled', a list folder, or a file in any supported format (a spreadsheet, OFAC's legacy CSV files, OpenSanctions exports, the Consolidated Screening List, the UFLPA Entity List page; docs/lists.md). Several lists are combined: companies sharing an ISIN, LEI or USCC are one. Default: the bundled list.",
            HelpName = "list",
        };
        var outDir = new Option<string>("--out", "-o")
        {
            Description = "Folder to write the reports to; created if missing. The previous set of reports in it is replaced as a whole, and only when every file of the new one is written; other files in the folder are left alone.",
            HelpName = "folder",
            DefaultValueFactory = _ => "reports",
        };
        var formats = new Option<string[]>("--format", "-f")
        {
            Description = $"Formats to write, comma-separated: {string.Join(", ", ReportFormats.Known)}. pdf: exposure-report.pdf; html: exposure-report.html (one self-contained web page); xlsx: exposure-report.xlsx; json: exposure-report.json; csv: funds.csv, matches.csv, unmatched.csv, excluded.csv, rejected.csv, review-candidates.csv, decisions-template.csv, for funds from SEC N-PORT data sets registrants.csv and changes.csv, and for a scheme (--portfolio) scheme-holdings.csv, scheme-managers.csv, scheme-paths.csv and scheme-coverage.csv; parquet (only when asked for): findings.parquet, unmatched.parquet, excluded.parquet.",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "list",
            DefaultValueFactory = _ => [ReportFormats.Default],
        };
        var timestamp = new Option<bool>("--timestamp")
        {
            Description = "Stamp the time of the run into the report. Off by default so that the same inputs give the same output.",
        };
        var decisions = new Option<string>("--decisions")
        {
            Description = "Review decisions to apply (a CSV kept apart from the reference data; see 'exposure review record'). Accepted candidates become matches, rejected ones are set aside; decisions that meet no row are listed as stale.",
            HelpName = "file",
        };
        var fontDirs = new Option<string[]>("--font-dir")
        {
            Description = "Extra folders with TrueType fonts for the PDF, searched before the system's (a CJK TrueType font such as Debian's fonts-droid-fallback draws Chinese names).",
            HelpName = "folder",
            AllowMultipleArgumentsPerToken = true,
        };
        var pageSize = new Option<string>("--page-size")
        {
            Description = "PDF page size: a4 (default) or letter.",
            DefaultValueFactory = _ => "a4",
        }.OneOf("a4", "letter");
        var xlsxRows = new Option<string>("--xlsx-rows")
        {
            Description = string.Create(CultureInfo.InvariantCulture, $"At most this many unmatched holdings, and as many excluded ones, listed in the workbook (split across sheets past Excel's row limit); 0 lists none, 'all' lists every one. The CSV files always hold them all. Default {ExcelReportRenderer.DefaultDetailRows:N0}."),
            HelpName = "rows|all",
        };
        var nportMonths = new Option<string>("--nport-months")
        {
            Description = "For an SEC N-PORT data set (the quarterly zip or its folder, given to --holdings): 'latest' screens each fund's latest monthly report in the data set (default), 'all' every month it reported.",
            HelpName = "latest|all",
            DefaultValueFactory = _ => "latest",
        };
        nportMonths.AcceptOnlyFromAmong("latest", "all");
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "Print only errors, not the summary.",
        };

        var command = new Command("report", "Screen holdings files and write exposure reports.")
        {
            holdings.RejectingUnknownOptions(), portfolio, mapping, fundName, asOf, sheet, reference.RejectingUnknownOptions(), lists.RejectingUnknownOptions(), listAsOf, outDir,
            formats.RejectingUnknownOptions(), decisions, showReviewers, timestamp, fontDirs.RejectingUnknownOptions(), pageSize, xlsxRows, nportMonths, quiet,
        };
        command.SetAction(parse => Execute(new ReportSettings
        {
            Holdings = parse.GetValue(holdings) ?? [],
            Portfolio = parse.GetValue(portfolio),
            Mappings = parse.GetValue(mapping) ?? [],
            FundNames = parse.GetValue(fundName) ?? [],
            AsOf = parse.GetValue(asOf) ?? [],
            Sheets = parse.GetValue(sheet) ?? [],
            ListAsOf = parse.GetValue(listAsOf),
            ShowReviewers = parse.GetValue(showReviewers),
            Lists = [.. parse.GetValue(reference) ?? [], .. parse.GetValue(lists) ?? []],
            Out = parse.GetValue(outDir) ?? "reports",
            Formats = parse.GetValue(formats) ?? [ReportFormats.Default],
            Decisions = parse.GetValue(decisions),
            Timestamp = parse.GetValue(timestamp),
            FontDirectories = parse.GetValue(fontDirs) ?? [],
            PageSize = parse.GetValue(pageSize) ?? "a4",
            XlsxRows = parse.GetValue(xlsxRows),
            Quiet = parse.GetValue(quiet),
            NportMonths = parse.GetValue(nportMonths) ?? "latest",
        }, context));
        return command;
    }

    public static int Execute(ReportSettings settings, CommandContext context)
    {
        var request = settings.ToRequest(context.Clock);
        var result = RunWithProgress.Execute(request, context.Terminal.ShowsProgress);
        // Said even when quiet: a reviewer's decisions not yet recorded are in the file kept, not in the new one.
        foreach (var kept in result.Kept)
        {
            Prose.WriteLine(context.Output, TerminalText.Safe($"kept {kept.Name}, filled in since the last run, as {kept.KeptAs}: record its decisions with " +
                $"exposure review record --candidates {Path.Combine(request.OutputFolder, kept.KeptAs)}"), context.Terminal.Width, "  ");
        }
        if (settings.Quiet) return ExitCodes.Ok;
        new TerminalRenderer(context.Terminal.Width).Render(result.Report, context.Output);
        foreach (var path in result.Written) Prose.WriteLine(context.Output, TerminalText.Safe($"wrote {path}"), context.Terminal.Width, "  ");
        return ExitCodes.Ok;
    }
}
