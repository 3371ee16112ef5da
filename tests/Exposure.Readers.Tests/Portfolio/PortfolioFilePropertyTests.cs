using System.Globalization;
using System.Text;
using Exposure.Core;
using Exposure.Readers.Portfolio;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Exposure.Readers.Tests.Portfolio;

/// <summary>
/// The portfolio loader's contract over generated and mutated files: a file either loads, or fails with one
/// <see cref="DataException"/> naming the file, on one line with no control characters; never any other exception.
/// Generated files mix valid and wrong values in every field; mutated ones then have bytes cut, inserted, replaced or
/// truncated. Fixed seeds and bounded runs: the same cases every time, in a few seconds.
/// </summary>
public sealed class PortfolioFilePropertyTests : IClassFixture<PortfolioFilePropertyTests.Folder>
{
    private const string Name = "scheme.json";
    private static readonly string[] Files = [Name, "fx.csv", "bad-fx.csv", "nope.csv", "fx\u0001.csv", "", "gen-fx.csv"];

    private readonly Folder _folder;

    public PortfolioFilePropertyTests(Folder folder) => _folder = folder;

    /// <summary>A folder holding the files a generated portfolio may name.</summary>
    public sealed class Folder : IDisposable
    {
        public Folder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "exposure-portfolio-props-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
            File.WriteAllText(System.IO.Path.Combine(Path, "a.csv"), "Name,Market Value\nZTE CORP,100\n");
            File.WriteAllText(System.IO.Path.Combine(Path, "b.csv"), "Name,Market Value\nOTHER CO,100\n");
            File.WriteAllText(System.IO.Path.Combine(Path, "fx.csv"), "from,to,rate\nUSD,GBP,0.79\nEUR,GBP,0.86\n");
            File.WriteAllText(System.IO.Path.Combine(Path, "bad-fx.csv"), "from,to,rate\nUSD,GBP,0.79\nGBP,USD,2\n\"EUR,GBP,0.86\n");
        }

        public string Path { get; }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }

    /// <summary>A portfolio file's bytes; shown as text when a case fails.</summary>
    public sealed record PortfolioBytes(byte[] Bytes)
    {
        public override string ToString() => Encoding.UTF8.GetString(Bytes);
    }

    public static class Cases
    {
        public static Arbitrary<PortfolioBytes> Generated() => PortfolioGen.Portfolio.Select(t => new PortfolioBytes(Encoding.UTF8.GetBytes(t))).ToArbitrary();

        public static Arbitrary<PortfolioBytes> Mutated() =>
            PortfolioGen.Portfolio.SelectMany(text => PortfolioGen.Mutate(Encoding.UTF8.GetBytes(text))).Select(b => new PortfolioBytes(b)).ToArbitrary();
    }

    [Property(MaxTest = 400, Replay = "(20260930,1125899906842597)", Arbitrary = [typeof(GeneratedCases)])]
    public bool Generated_portfolio_files_load_or_fail_with_one_line_naming_the_file(PortfolioBytes file) => Holds(file);

    [Property(MaxTest = 600, Replay = "(42424242,2305843009213693951)", Arbitrary = [typeof(MutatedCases)])]
    public bool Mutated_portfolio_files_load_or_fail_with_one_line_naming_the_file(PortfolioBytes file) => Holds(file);

    [Property(MaxTest = 400, Replay = "(777,1152921504606846977)", Arbitrary = [typeof(RatesCases)])]
    public bool Generated_and_mutated_exchange_rates_files_load_or_fail_with_one_line_naming_the_file(PortfolioBytes rates)
    {
        File.WriteAllBytes(Path.Combine(_folder.Path, "gen-fx.csv"), rates.Bytes);
        var scheme = Encoding.UTF8.GetBytes("""
            { "title": "T", "reportCurrency": "GBP", "fxRates": "gen-fx.csv",
              "holdings": [ { "id": "a", "file": "a.csv", "amount": 10, "currency": "USD" } ] }
            """);
        return Holds(new PortfolioBytes(scheme));
    }

    public static class RatesCases
    {
        private static readonly Gen<string> Line = Gen.Frequency(
            (10, Gen.Elements("USD", "GBP", "EUR", "usd", "CHF").SelectMany(from => Gen.Elements("GBP", "USD", "EUR", "JPY").SelectMany(to =>
                Gen.Elements("0.79", "1.27", "1", "0.8", "1.5", "2", "150.5").Select(rate => $"{from},{to},{rate}")))),
            (1, Gen.Elements("USD,GBP", "U$D,GBP,1", "USD,GBP,-1", "USD,GBP,0", "USD,GBP,abc", "USD,GBP,1e400", "\"USD,GBP,1", ",,", "", "USD,GBP,1,extra")));

        public static Arbitrary<PortfolioBytes> Arb() =>
            Gen.Elements("from,to,rate", "to,from,rate", "from,to", "rate,to,from", "")
                .SelectMany(header => Gen.Choose(0, 5).SelectMany(n => Gen.ListOf(Line, n)).Select(lines => header + "\n" + string.Join("\n", lines) + "\n"))
                .SelectMany(text => Gen.Frequency((3, Gen.Constant(Encoding.UTF8.GetBytes(text))), (1, PortfolioGen.Mutate(Encoding.UTF8.GetBytes(text)))))
                .Select(b => new PortfolioBytes(b))
                .ToArbitrary();
    }

    public static class GeneratedCases
    {
        public static Arbitrary<PortfolioBytes> Arb() => Cases.Generated();
    }

    public static class MutatedCases
    {
        public static Arbitrary<PortfolioBytes> Arb() => Cases.Mutated();
    }

    private bool Holds(PortfolioBytes file)
    {
        var path = Path.Combine(_folder.Path, Name);
        File.WriteAllBytes(path, file.Bytes);
        try
        {
            var loaded = PortfolioFile.Read(path, Name);
            return loaded.Definition.Entries.Count > 0
                && loaded.Definition.Entries.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count() == loaded.Definition.Entries.Count
                && loaded.Definition.Entries.Any(e => e.Amount is not null);
        }
        catch (DataException e)
        {
            return Files.Contains(e.File) && e.Message.StartsWith(e.File, StringComparison.Ordinal) && !e.Message.Any(char.IsControl);
        }
    }

    /// <summary>Generators of portfolio files: every field valid, of the wrong kind, out of range, missing or extra.</summary>
    private static class PortfolioGen
    {
        /// <summary>Mostly a valid value, one time in eleven a wrong one.</summary>
        private static Gen<string> Pick(string[] valid, string[] wrong) => Gen.Frequency((10, Gen.Elements(valid)), (1, Gen.Elements(wrong)));

        private static readonly Gen<string> Text = Pick(
            ["\"Example\"", "\"Fund \\\"A\\\"\"", "\"Ｆｕｎｄ\"", "\"line\\nbreak\"", "\"a\\u0000b\""],
            ["\"\"", "\"  \"", "42", "null", "true", "{}", "[]", "\"\\ud800\""]);

        private static readonly Gen<string> Currency = Pick(["\"GBP\"", "\"usd\"", "\"EUR\""], ["\"POUNDS\"", "\"G1P\"", "\"\"", "3", "null", "[\"GBP\"]"]);

        private static readonly Gen<string> Amount = Pick(
            ["100", "0", "1000000.50", "79228162514264337593543950335", "1E+6", "-0"],
            ["-1", "1e400", "1e-400", "79228162514264337593543950336", "\"100\"", "\"NaN\"", "null", "true", "{}"]);

        /// <summary>Ids and identifiers are the holding's own (by its place in the list) unless they are wrong or repeated on purpose.</summary>
        private static Gen<string> Id(int i) => Pick([$"\"h{i}\""], ["\"h0\"", "\"\"", "7", "null", "\"x>y\"", "\"x\\u0001\"", "{}", "[\"a\"]"]);

        private static readonly Gen<string> FileName = Pick(
            ["\"a.csv\"", "\"b.csv\"", "\"./a.csv\""],
            ["\"nope.csv\"", "\"\"", "\"a\\u0000.csv\"", "\"..\"", "\"/\"", "5", "null", "[]", $"\"{new string('x', 5000)}.csv\""]);

        private static readonly Gen<string> Files = Gen.OneOf(
            Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(FileName, n)).Select(f => "[" + string.Join(", ", f) + "]"),
            Gen.Elements("\"a.csv\"", "{}", "7", "null", "[null]", "[[]]"));

        private static Gen<string> Identifiers(int i) => Gen.OneOf(
            Pick([$"\"ISIN{i}\"", "null"], ["\"ISIN0\"", "\"\"", "1"]).SelectMany(isin =>
                Pick([$"\"t{i}\"", "null"], ["\"T0\"", "[]"]).SelectMany(ticker =>
                    Pick([$"\"Fund {i}\"", $"\"FUND  {i}\"", "null"], ["\"fund 0\"", "2"]).Select(name =>
                        $"{{ \"isin\": {isin}, \"ticker\": {ticker}, \"name\": {name} }}"))),
            Gen.Elements("{}", "\"x\"", "[]", "null", "{ \"lei\": \"X\" }"));

        private static Gen<string> Holding(int i) => Gen.Frequency(
            (12, Fields([
                ("id", Id(i), 40), ("kind", Pick(["\"fund\"", "\"index\""], ["\"etf\"", "1", "null"]), 12), ("name", Text, 16), ("manager", Text, 12),
                ("file", FileName, 20), ("files", Files, 8), ("mapping", Gen.Elements("\"nope.json\"", "7", "null", "\"\\u0007\""), 1),
                ("amount", Amount, 32), ("currency", Currency, 36), ("identifiers", Identifiers(i), 12), ("ammount", Amount, 1),
            ])),
            (1, Gen.Elements("null", "42", "\"a\"", "[]", "true")));

        private static readonly Gen<string> Holdings = Gen.Frequency(
            (8, Gen.Choose(1, 4).SelectMany(n => Gen.CollectToList(Enumerable.Range(1, n), Holding)).Select(h => "[\n" + string.Join(",\n", h) + "\n]")),
            (1, Gen.Elements("[]", "{}", "null", "\"a.csv\"", "[null]")));

        public static readonly Gen<string> Portfolio = Gen.Frequency(
            (12, Fields([
                ("title", Text, 40), ("reportCurrency", Currency, 40), ("asOf", Pick(["\"2026-09-30\"", "null"], ["\"2026-13-45\"", "20260930"]), 12),
                ("fxRates", Pick(["\"fx.csv\""], ["\"bad-fx.csv\"", "\"nope.csv\"", "\"fx\\u0001.csv\"", "9", "null"]), 16),
                ("illustrativeNote", Text, 8), ("holdings", Holdings, 40), ("extra", Text, 1),
            ])),
            (1, Gen.Elements("", "   ", "[]", "null", "42", "\"text\"", "{", "{}", "\uFEFF{}", "/* only a comment */")));

        /// <summary>An object with each field present at the given odds out of 40, in a shuffled order, sometimes with comments or a trailing comma.</summary>
        private static Gen<string> Fields(IReadOnlyList<(string Name, Gen<string> Value, int Odds)> fields) =>
            Gen.CollectToList(fields, f => Gen.Choose(1, 40).SelectMany(roll => roll <= f.Odds ? f.Value.Select(v => $"\"{f.Name}\": {v}") : Gen.Constant("")))
                .SelectMany(present => Gen.Shuffle(present.Where(p => p.Length > 0)))
                .SelectMany(parts => Gen.Elements(",\n  ", ", ", " /* c */ ,\n").SelectMany(sep => Gen.Elements("", ",").Select(trailing =>
                    "{ " + string.Join(sep, parts) + (parts.Length > 0 ? trailing : "") + " }")));

        /// <summary>One to four mutations of the bytes: a range cut, bytes inserted, a byte replaced, the tail cut off.</summary>
        public static Gen<byte[]> Mutate(byte[] bytes) =>
            Gen.Choose(1, 4).SelectMany(n => Step(bytes, n));

        private static Gen<byte[]> Step(byte[] bytes, int left) =>
            left == 0 ? Gen.Constant(bytes) : Once(bytes).SelectMany(b => Step(b, left - 1));

        private static readonly byte[][] Inserts =
        [
            "null"u8.ToArray(), "{"u8.ToArray(), "}"u8.ToArray(), "["u8.ToArray(), "]"u8.ToArray(), "\""u8.ToArray(), ","u8.ToArray(),
            ":"u8.ToArray(), "1e400"u8.ToArray(), "-"u8.ToArray(), "\\u"u8.ToArray(), "\n"u8.ToArray(), "/*"u8.ToArray(),
            [0x00], [0xFF], [0xC3], [0xEF, 0xBB, 0xBF], [0xFE, 0xFF], [0x1B], "\"holdings\": [null],"u8.ToArray(),
        ];

        private static Gen<byte[]> Once(byte[] bytes)
        {
            var length = bytes.Length;
            return Gen.Choose(0, 3).SelectMany(kind => Gen.Choose(0, length).SelectMany(at => Gen.Choose(0, Math.Max(0, length - at)).SelectMany(span => kind switch
            {
                0 => Gen.Constant(bytes.Take(at).Concat(bytes.Skip(at + Math.Min(span, 16))).ToArray()),
                1 => Gen.Elements(Inserts).Select(insert => bytes.Take(at).Concat(insert).Concat(bytes.Skip(at)).ToArray()),
                2 => Gen.Choose(0, 255).Select(b => at < length ? [.. bytes.Take(at), (byte)b, .. bytes.Skip(at + 1)] : bytes),
                _ => Gen.Constant(bytes.Take(at).ToArray()),
            })));
        }
    }

    [Fact]
    public void The_generated_files_include_loadable_and_broken_ones()
    {
        // A property that never reaches a loadable file would say nothing about loading: count both outcomes.
        var samples = PortfolioGen.Portfolio.Sample(300, new Rnd(7UL), 50);
        var path = Path.Combine(_folder.Path, Name);
        var (loaded, failed) = (0, 0);
        foreach (var text in samples)
        {
            File.WriteAllText(path, text);
            try
            {
                PortfolioFile.Read(path, Name);
                loaded++;
            }
            catch (DataException)
            {
                failed++;
            }
        }
        Assert.True(loaded >= 20, string.Create(CultureInfo.InvariantCulture, $"only {loaded} of {samples.Length} generated files loaded"));
        Assert.True(failed >= 100, string.Create(CultureInfo.InvariantCulture, $"only {failed} of {samples.Length} generated files failed"));
    }
}
