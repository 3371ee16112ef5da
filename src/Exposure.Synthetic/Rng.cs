namespace Exposure.Synthetic;

/// <summary>What a random draw is for: each purpose has its own stream, so adding draws to one never shifts another.</summary>
internal enum Purpose : ulong
{
    Company = 1,
    Brand = 2,
    Security = 3,
    Row = 4,
    Flag = 5,
    Variant = 6,
    File = 7,
    Permutation = 8,
    Series = 9,
}

/// <summary>
/// SplitMix64. Small, fast and defined bit for bit, so a seed gives the same universe on every machine and runtime
/// (<see cref="System.Random"/> with a seed does not promise that across .NET versions). Only integer arithmetic
/// reaches the generated files: no floating-point value is ever written.
/// </summary>
internal struct Rng
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private ulong _state;

    public Rng(ulong state) => _state = state;

    /// <summary>A generator for one (seed, purpose, a, b): the same arguments always give the same draws.</summary>
    public static Rng For(int seed, Purpose purpose, long a, long b = 0) => new(Hash(seed, purpose, a, b));

    public static ulong Hash(int seed, Purpose purpose, long a, long b = 0) =>
        Mix(Mix(Mix((ulong)(uint)seed * Golden ^ (ulong)purpose) + (ulong)a) + (ulong)b);

    public static ulong Mix(ulong z)
    {
        z += Golden;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong Next()
    {
        _state += Golden;
        return Mix(_state);
    }

    /// <summary>0 ≤ result &lt; <paramref name="n"/>.</summary>
    public int Int(int n) => n <= 0 ? throw new ArgumentOutOfRangeException(nameof(n)) : (int)(Next() % (ulong)n);

    /// <summary><paramref name="min"/> ≤ result &lt; <paramref name="max"/>.</summary>
    public int Int(int min, int max) => min + Int(max - min);

    /// <summary>Uniform in [0, 1), exactly representable.</summary>
    public double Unit() => (Next() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double p) => Unit() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Int(items.Count)];

    /// <summary>Picks an index with probability proportional to its weight.</summary>
    public int Weighted(IReadOnlyList<int> weights, int total)
    {
        var x = Int(total);
        for (var i = 0; i < weights.Count; i++)
        {
            if (x < weights[i]) return i;
            x -= weights[i];
        }
        return weights.Count - 1;
    }
}

/// <summary>A bijection of [0, n): i ↦ (i·a + b) mod n with a coprime to n.</summary>
internal readonly struct Permutation
{
    private readonly long _n;
    private readonly long _a;
    private readonly long _b;

    public Permutation(long n, int seed, long salt)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        _n = n;
        var rng = Rng.For(seed, Purpose.Permutation, salt, n);
        long a = 0;
        for (var attempt = 0; attempt < 1000 && a == 0; attempt++)
        {
            var candidate = (long)(rng.Next() % (ulong)n);
            if (candidate > 0 && Gcd(candidate, n) == 1) a = candidate;
        }
        _a = a == 0 ? 1 : a;
        _b = (long)(rng.Next() % (ulong)n);
    }

    public long this[long i] => (long)(((UInt128)(ulong)i * (ulong)_a + (ulong)_b) % (ulong)_n);

    private static long Gcd(long x, long y)
    {
        while (y != 0) (x, y) = (y, x % y);
        return x;
    }
}
