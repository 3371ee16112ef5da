using System.CommandLine;
using System.Reflection;
using Exposure.Core;
using Exposure.Readers.Portfolio;
using Exposure.Reports.Pdf.Fonts;
using Exposure.Reports.Pdf.Report;
using Exposure.Reports.Run;

namespace Exposure.Cli;

/// <summary>The <c>exposure</c> command line.</summary>
public static class ExposureCli
{
    public static string ToolVersion =>
        typeof(ExposureCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Exposure: screens fund holdings against a sourced list of companies named in connection with Uyghur forced labour or Xinjiang surveillance, and writes exposure reports.");
        root.Subcommands.Add(ReportCommand(output, error));
        root.Subcommands.Add(ReviewCommand.Create(output, error));
        root.Subcommands.Add(ReferenceCommand.Create(output, error));
        root.Subcommands.Add(ListCommand.Create(output, error));
        var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return root.Parse(args).Invoke(config);
        }
        catch (Exception e)
        {
            error.WriteLine($"error: {OneLine(e)}");
            return ExitCodes.Internal;
        }
    }

    private static Command ReportCommand(TextWriter output, TextWriter error)
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
        var mapping = new Option<string>("--mapping")
        {
            Description = "A mapping file (JSON) naming the columns, delimiter and number format of CSV holdings files the header detection does not know; applies to every --holdings file.",
            HelpName = "file",
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
        var outDir = new Option<string>("--out")
        {
            Description = "Folder to write the reports to; created if missing, existing report files are replaced.",
            HelpName = "folder",
            DefaultValueFactory = _ => "reports",
        };
        var formats = new Option<string[]>("--format")
        {
            Description = $"Formats to write, comma-separated: {string.Join(", ", ReportFormats.Known)}. pdf: exposure-report.pdf; xlsx: exposure-report.xlsx; json: exposure-report.json; csv: funds.csv, matches.csv, unmatched.csv, excluded.csv, rejected.csv, review-candidates.csv.",
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
            HelpName = "size",
            DefaultValueFactory = _ => "a4",
        };
        pageSize.AcceptOnlyFromAmong("a4", "letter", "A4", "Letter");
        var xlsxRows = new Option<string>("--xlsx-rows")
        {
            Description = $"At most this many unmatched holdings, and as many excluded ones, listed in the workbook (split across sheets past Excel's row limit); 0 lists none, 'all' lists every one. The CSV files always hold them all. Default {Reports.Excel.Report.ExcelReportRenderer.DefaultDetailRows:N0}.",
            HelpName = "rows|all",
        };
        var quiet = new Option<bool>("--quiet")
        {
            Description = "Print only errors, not the summary.",
        };

        var command = new Command("report", "Screen holdings files and write exposure reports.")
        {
            holdings, portfolio, mapping, reference, lists, outDir, formats, decisions, timestamp, fontDirs, pageSize, xlsxRows, quiet,
        };
        command.SetAction(parse =>
        {
            var chosen = ReportFormats.Parse(parse.GetValue(formats) ?? [], out var formatError);
            long? detailRows = Reports.Excel.Report.ExcelReportRenderer.DefaultDetailRows;
            if (parse.GetValue(xlsxRows) is { } rowsText)
            {
                if (rowsText.Equals("all", StringComparison.OrdinalIgnoreCase)) detailRows = null;
                else if (long.TryParse(rowsText, out var n) && n >= 0) detailRows = n;
                else formatError ??= $"--xlsx-rows: '{rowsText}' is neither a number of rows nor 'all'";
                if (formatError is not null && chosen is not null) chosen = null;
            }
            if (chosen is null)
            {
                error.WriteLine(formatError?.StartsWith("--", StringComparison.Ordinal) == true ? $"error: {formatError}" : $"error: --format: {formatError}");
                return ExitCodes.Usage;
            }
            var given = parse.GetValue(holdings) ?? [];
            var portfolioFile = parse.GetValue(portfolio);
            if (portfolioFile is not null && given.Length > 0)
            {
                error.WriteLine("error: give either --holdings or --portfolio, not both");
                return ExitCodes.Usage;
            }
            var illustrative = given.Length == 0 && portfolioFile is null;
            PortfolioPlan? plan = null;
            IReadOnlyList<HoldingsInput> inputs;
            try
            {
                if (portfolioFile is not null)
                {
                    var loaded = PortfolioFile.Read(portfolioFile, portfolioFile);
                    plan = new PortfolioPlan(loaded.Definition, loaded.Fx);
                    inputs = plan.Inputs(loaded.Folder);
                }
                else
                {
                    inputs = illustrative
                        ? [new HoldingsInput(BundledData.IllustrativeHoldings, "illustrative-holdings.csv")]
                        : given.Select(p => new HoldingsInput(p, p, parse.GetValue(mapping))).ToList();
                }
            }
            catch (DataException e)
            {
                error.WriteLine($"error: {e.Message}");
                return ExitCodes.BadInput;
            }
            var stamp = parse.GetValue(timestamp) ? DateTimeOffset.Now : (DateTimeOffset?)null;
            var pdf = new PdfReportOptions
            {
                FontDirectories = parse.GetValue(fontDirs) ?? [],
                PageSize = string.Equals(parse.GetValue(pageSize), "letter", StringComparison.OrdinalIgnoreCase) ? PdfPageSize.Letter : PdfPageSize.A4,
                Timestamp = stamp,
            };
            var request = new RunRequest(
                inputs,
                BundledData.ReferenceFolder,
                parse.GetValue(outDir) ?? "reports",
                ReportFormats.Renderers(chosen, pdf, detailRows),
                chosen.Contains("csv"),
                ToolVersion,
                stamp,
                illustrative ? BundledData.IllustrativeNote : plan?.Definition.IllustrativeNote,
                parse.GetValue(decisions) is { } d ? new HoldingsInput(d, d) : null,
                plan,
                [.. parse.GetValue(reference) ?? [], .. parse.GetValue(lists) ?? []]);
            try
            {
                var result = RunWithProgress.Execute(request, error);
                if (!parse.GetValue(quiet)) TerminalSummary.Write(output, result);
                return ExitCodes.Ok;
            }
            catch (DataException e)
            {
                error.WriteLine($"error: {e.Message}");
                return ExitCodes.BadInput;
            }
            catch (FontNotFoundException e)
            {
                error.WriteLine($"error: {OneLine(e)}");
                return ExitCodes.MissingFont;
            }
            catch (DirectoryNotFoundException e) when (parse.GetValue(fontDirs) is { Length: > 0 })
            {
                error.WriteLine($"error: --font-dir: {OneLine(e)}");
                return ExitCodes.BadInput;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: {OneLine(e)}");
                return ExitCodes.CannotWrite;
            }
        });
        return command;
    }

    private static string OneLine(Exception e) => e.Message.ReplaceLineEndings(" ");
}
