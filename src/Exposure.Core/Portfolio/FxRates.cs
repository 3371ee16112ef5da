using System.Globalization;

namespace Exposure.Core.Portfolio;

/// <summary>
/// Exchange rates from a rates file: one unit of <c>from</c> is <c>rate</c> units of <c>to</c>. The inverse is derived
/// unless the file gives it too, in which case the two must agree within <see cref="InverseTolerance"/>. A pair given
/// twice, a currency converted to itself, or two rates that are not each other's inverse stop the run naming the line.
/// </summary>
public sealed class FxRates
{
    /// <summary>How far a rate times the rate given for its inverse may be from 1 (rates are quoted rounded).</summary>
    public const decimal InverseTolerance = 0.01m;

    private readonly Dictionary<(string From, string To), decimal> _rates = new();
    private readonly Dictionary<(string From, string To), decimal> _used = new();

    /// <param name="file">The rates file as the user named it.</param>
    /// <param name="rates">Each rate with the line it is on.</param>
    public FxRates(string file, IEnumerable<(string From, string To, decimal Rate, int Line)> rates)
    {
        File = file;
        var given = new Dictionary<(string From, string To), (decimal Rate, int Line)>();
        foreach (var (fromText, toText, rate, line) in rates)
        {
            var from = Code(fromText, line);
            var to = Code(toText, line);
            if (from == to)
                throw new DataException(file, line, $"a rate from {from} to {from}: a currency converts to itself at 1 and needs no rate: remove the line");
            if (rate <= 0)
                throw new DataException(file, line, string.Create(CultureInfo.InvariantCulture, $"rate {rate} for {from} to {to} is not a positive number"));
            if (given.TryGetValue((from, to), out var first))
                throw new DataException(file, line, string.Create(CultureInfo.InvariantCulture, $"{from} to {to} is given twice (first on line {first.Line}): keep one rate"));
            if (given.TryGetValue((to, from), out var inverse) && Math.Abs(rate * inverse.Rate - 1) > InverseTolerance)
                throw new DataException(file, line, string.Create(CultureInfo.InvariantCulture,
                    $"{from} to {to} at {rate} contradicts {to} to {from} at {inverse.Rate} on line {inverse.Line}: one is not the inverse of the other ({rate} x {inverse.Rate} = {rate * inverse.Rate}, not 1)"));
            given[(from, to)] = (rate, line);
        }
        foreach (var ((from, to), (rate, _)) in given)
        {
            _rates[(from, to)] = rate;
            if (!given.ContainsKey((to, from))) _rates[(to, from)] = 1 / rate;
        }
    }

    public string File { get; }

    /// <summary>The rate used for each pair converted, for the report.</summary>
    public IReadOnlyDictionary<(string From, string To), decimal> Used => _used;

    public decimal Convert(decimal amount, string from, string to)
    {
        var f = from.ToUpperInvariant();
        var t = to.ToUpperInvariant();
        if (f == t) return amount;
        if (!_rates.TryGetValue((f, t), out var rate))
            throw new DataException(File, null, $"no exchange rate for {f} to {t}: add a line '{f},{t},<rate>'");
        _used[(f, t)] = rate;
        return amount * rate;
    }

    private string Code(string text, int line)
    {
        var code = text.Trim();
        return code.Length == 3 && code.All(char.IsAsciiLetter)
            ? code.ToUpperInvariant()
            : throw new DataException(File, line, $"currency '{new string([.. code.Take(20).Select(c => char.IsControl(c) ? '?' : c)])}' is not a three-letter ISO 4217 code");
    }
}
