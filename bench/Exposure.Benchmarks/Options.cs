using System.Globalization;

namespace Exposure.Benchmarks;

/// <summary>A small command line: a command, then <c>--name value</c> options and <c>--flag</c> switches.</summary>
internal sealed class Options
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _read = new(StringComparer.OrdinalIgnoreCase);

    public Options(IEnumerable<string> args, IReadOnlySet<string> flags)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var a = list[i];
            if (!a.StartsWith("--", StringComparison.Ordinal)) throw new UsageException($"unexpected argument '{a}'");
            var name = a[2..];
            if (flags.Contains(name)) { _values[name] = null; continue; }
            if (i + 1 >= list.Count) throw new UsageException($"--{name} needs a value");
            _values[name] = list[++i];
        }
    }

    public string? String(string name)
    {
        _read.Add(name);
        return _values.TryGetValue(name, out var v) ? v : null;
    }

    public string Required(string name) => String(name) ?? throw new UsageException($"--{name} is required");

    public bool Flag(string name)
    {
        _read.Add(name);
        return _values.ContainsKey(name);
    }

    public long Long(string name, long fallback) =>
        String(name) is { } s ? long.Parse(s.Replace("_", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : fallback;

    public int Int(string name, int fallback) => checked((int)Long(name, fallback));

    public double Double(string name, double fallback) => String(name) is { } s ? double.Parse(s, CultureInfo.InvariantCulture) : fallback;

    public IReadOnlyList<long> Longs(string name, IReadOnlyList<long> fallback) => String(name) is { } s
        ? s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(x => long.Parse(x.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)).ToList()
        : fallback;

    /// <summary>Fails on options no command read: a misspelt option must not be silently ignored.</summary>
    public void EnsureAllRead()
    {
        var unknown = _values.Keys.Where(k => !_read.Contains(k)).ToList();
        if (unknown.Count > 0) throw new UsageException($"unknown option --{unknown[0]}");
    }
}

internal sealed class UsageException(string message) : Exception(message);
