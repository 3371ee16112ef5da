using System.Globalization;
using Exposure.TestSupport;

namespace Exposure.Cli.Tests;

/// <summary>The same inputs give the same bytes in every output, run after run and whatever the culture.</summary>
public sealed class ReproducibleOutputTests
{
    internal static readonly string[] AllOutputs =
    [
        ".exposure-lock", ".exposure-set", "decisions-template.csv", "excluded.csv", "exposure-report.html", "exposure-report.json",
        "exposure-report.pdf", "exposure-report.xlsx", "funds.csv", "matches.csv", "rejected.csv", "review-candidates.csv",
        "scheme-coverage.csv", "scheme-holdings.csv", "scheme-managers.csv", "scheme-paths.csv", "unmatched.csv",
    ];

    private static string Scheme => Path.Combine(RepoPaths.Root, "samples", "scheme", "scheme.json");

    [SkippableFact]
    public void Two_runs_on_the_sample_scheme_write_the_same_bytes()
    {
        using var temp = new TempFolder();
        var first = RunScheme(Path.Combine(temp.Path, "first"));
        // Zip entries keep the time in two-second steps: wait for the next step, so a clock in the file would show.
        Thread.Sleep(TimeSpan.FromSeconds(2.2));
        var second = RunScheme(Path.Combine(temp.Path, "second"));

        Assert.Equal(AllOutputs, first.Keys);
        Assert.Empty(OutputHashes.Differences(first, second));
    }

    [SkippableTheory]
    [InlineData("de-DE")] // decimal comma
    [InlineData("th-TH")] // Buddhist-era years
    [InlineData("ar-SA")] // Umm al-Qura calendar
    [InlineData("sv-SE")] // U+2212 minus sign, non-breaking space between thousands
    public void A_run_under_another_culture_writes_the_same_bytes(string culture)
    {
        using var temp = new TempFolder();
        var invariant = WithCulture(CultureInfo.InvariantCulture, () => RunScheme(Path.Combine(temp.Path, "invariant")));
        CultureInfo other;
        try
        {
            other = CultureInfo.GetCultureInfo(culture);
        }
        catch (CultureNotFoundException)
        {
            throw new SkipException($"culture {culture} is not available (globalization-invariant mode?)");
        }

        var local = WithCulture(other, () => RunScheme(Path.Combine(temp.Path, culture)));
        Assert.Equal(AllOutputs, local.Keys);
        Assert.Empty(OutputHashes.Differences(invariant, local));
    }

    private static SortedDictionary<string, string> RunScheme(string outDir)
    {
        var r = CliRunner.Run("report", "--portfolio", Scheme, "--out", outDir, "--quiet");
        Skip.If(r.ExitCode == ExitCodes.MissingFont, "no TrueType font for the PDF: " + r.Error.Trim());
        Assert.True(r.ExitCode == 0, r.Error);
        return OutputHashes.Of(outDir);
    }

    private static T WithCulture<T>(CultureInfo culture, Func<T> run)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return run();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }
}
