using System.Text.Json.Serialization;

namespace Exposure.Core.Portfolio;

/// <summary>
/// How each figure of a holding of the scheme, a manager or the scheme is to be read (<see cref="SchemeBounds.Kind"/>):
/// as it is (<c>exact</c>, an unknown figure being null), as a lower bound (<c>at-least</c>), or, a lower bound of zero, as
/// unknown (<c>none-looked-through</c>: holdings not looked through and none found in the others; <c>values-unknown</c>:
/// only holdings whose value is unknown). Every output says a figure as this says.
/// </summary>
/// <param name="ReviewValue">Null where there is no review value (a manager's figures).</param>
public sealed record FigureBounds(
    Bound FlaggedValue,
    Bound RelatedValue,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Bound? ReviewValue);
