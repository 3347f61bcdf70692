namespace Consistency.Rules.Kinds;

/// <summary>
/// The base of every kind of check: a rule that asserts one fact of a story's model, given at
/// construction. Rules are made before any article is read, so the fact's word sets are numbered
/// before any text is; the kind (<typeparamref name="TFact"/>'s reader) does the reading.
/// </summary>
public abstract class FactRule<TFact>(TFact fact) : Rule
    where TFact : class
{
    /// <summary>The model's fact this rule asserts.</summary>
    protected TFact Fact { get; } = fact ?? throw new ArgumentNullException(nameof(fact));
}
