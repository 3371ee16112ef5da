using System.Diagnostics;
using System.Globalization;
using Exposure.Reports.Pdf.Report;
using Exposure.Reports.Pdf.Tests.Report;

// Builds a report of --funds funds with the real pipeline (as a scheme with --scheme), then renders it --runs times
// and prints the time of each render: the first includes JIT compilation and font loading, as a one-off CLI run does.
var funds = 200;
var scheme = false;
var runs = 3;
var output = Path.Combine(Path.GetTempPath(), "exposure-pdf-scale");
var pageSize = PdfPageSize.A4;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--funds": funds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--scheme": scheme = true; break;
        case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--out": output = args[++i]; break;
        case "--letter": pageSize = PdfPageSize.Letter; break;
        default:
            Console.Error.WriteLine("usage: [--funds 200] [--scheme] [--runs 3] [--out DIR] [--letter]");
            return 64;
    }
}

var watch = Stopwatch.StartNew();
var report = ScaleReport.Build(funds, scheme);
Console.WriteLine($"model: {report.Funds.Count} holdings files, {report.Companies.Count} companies, {report.Findings.Count} findings, " +
    $"built in {watch.Elapsed.TotalSeconds:0.00} s");

Directory.CreateDirectory(output);
var path = Path.Combine(output, $"scale-{funds}{(scheme ? "-scheme" : "")}.pdf");
var renderer = new PdfReportRenderer(new PdfReportOptions { PageSize = pageSize });
watch.Restart();
_ = renderer.Fonts;
Console.WriteLine($"fonts found in {watch.Elapsed.TotalSeconds:0.00} s (once per process; included in no render below)");
byte[]? first = null;
for (var run = 1; run <= runs; run++)
{
    watch.Restart();
    using var stream = new MemoryStream();
    var layout = renderer.Write(report, stream);
    var seconds = watch.Elapsed.TotalSeconds;
    var bytes = stream.ToArray();
    first ??= bytes;
    Console.WriteLine($"render {run}: {seconds:0.00} s, {layout.PageCount} pages, {bytes.Length / 1024} KiB, oversized blocks {layout.OversizedBlocks}" +
        (bytes.AsSpan().SequenceEqual(first) ? "" : ", BYTES DIFFER FROM RUN 1"));
    if (run == 1)
    {
        File.WriteAllBytes(path, bytes);
    }

    if (run == runs)
    {
        watch.Restart();
        var document = renderer.Compose(report);
        var composed = watch.Elapsed.TotalSeconds;
        document.Layout();
        Console.WriteLine($"of which (warm): compose {composed:0.00} s, layout {watch.Elapsed.TotalSeconds - composed:0.00} s; the rest is drawing and writing");
    }
}

Console.WriteLine($"wrote {path}");
return 0;
