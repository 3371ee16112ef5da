namespace Exposure.Core.Portfolio;

/// <summary>How a total over a scheme's holdings is said (<see cref="SchemeBounds.Kind"/>).</summary>
public enum Bound
{
    /// <summary>Every holding was looked through, or the figure is unknown: it is said as it is.</summary>
    Exact,

    /// <summary>Some holdings were not looked through: "at least" the figure.</summary>
    AtLeast,

    /// <summary>Some holdings were not looked through and none was found in the others: <see cref="SchemeBounds.NoneLookedThrough"/>.</summary>
    NoneLookedThrough,
}
