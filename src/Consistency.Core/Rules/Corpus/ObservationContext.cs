using Consistency.Claims;

namespace Consistency.Rules.Corpus;

/// <summary>What a corpus rule sees of one article (its claims) and where it records what the article says.</summary>
public sealed class ObservationContext
{
    private readonly Action<Observation> _record;

    internal ObservationContext(ArticleClaims claims, RuleDescriptor descriptor, Action<Observation> record)
    {
        Claims = claims;
        Descriptor = descriptor;
        _record = record;
    }

    public ArticleClaims Claims { get; }

    public RuleDescriptor Descriptor { get; }

    /// <summary>Records a value the article gives. Words the article does not assert (a question, a denial) are not recorded.</summary>
    public void Record(Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        if (!Claims.AssertsNothingAt(observation.Span.Start))
        {
            _record(observation);
        }
    }
}
