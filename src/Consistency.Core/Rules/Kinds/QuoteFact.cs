using Consistency.Rules.Kinds.Quotes;

namespace Consistency.Rules.Kinds;

/// <summary>
/// Words a person of the story said on one occasion, with the renderings outlets published: who
/// said them (<see cref="Speaker"/>, an entity), who else may be given them (<see cref="Voices"/>:
/// the speaker's office or government), the outlets that carry them without speaking them
/// (<see cref="Renderers"/>), and <see cref="Keys"/>, the words a quote must hold to be taken for
/// these words at all ("closest", "conflict", "war").
/// </summary>
public sealed record QuoteFact(string What, string Speaker, IReadOnlyList<KnownTranslation> Renderings, IReadOnlyList<string> Keys)
{
    public IReadOnlyList<string> Voices { get; init; } = [];

    public IReadOnlyList<string> Renderers { get; init; } = [];

    /// <summary>People who said words much like these on their own account ("No, it wasn't a mistake"): a quote given to one of them is theirs.</summary>
    public IReadOnlyList<string> Others { get; init; } = [];

    /// <summary>How many of <see cref="Keys"/> a quote must hold.</summary>
    public int MinKeys { get; init; } = 2;

    /// <summary>The share of words a quote must share, in order, with its closest rendering to be these words and not others.</summary>
    public double MinOverlap { get; init; } = 0.5;
}
