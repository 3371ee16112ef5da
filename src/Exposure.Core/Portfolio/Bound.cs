namespace Exposure.Core.Portfolio;

/// <summary>How a total over a scheme's holdings is said (<see cref="SchemeBounds.Kind"/>).</summary>
public enum Bound
{
    /// <summary>Every holding was looked through and every value counted is known, or the figure is unknown: it is said as it is.</summary>
    Exact,

    /// <summary>Some holdings were not looked through, or some values are unknown: "at least" the figure.</summary>
    AtLeast,

    /// <summary>Some holdings were not looked through and none was found in the others: <see cref="SchemeBounds.NoneLookedThrough"/>.</summary>
    NoneLookedThrough,

    /// <summary>Holdings were found, but the value of every one is unknown: <see cref="SchemeBounds.OnlyValuesUnknown"/>.</summary>
    ValuesUnknown,
}
