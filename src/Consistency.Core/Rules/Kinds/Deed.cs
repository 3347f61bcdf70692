using Consistency.Text;

namespace Consistency.Rules.Kinds;

/// <summary>
/// A thing done, as a verb and, for a phrasal verb, the particle that must follow it within a few
/// words ("shot … down": "shot it down", "shot down"); a verb without a particle stands alone ("downed").
/// </summary>
public sealed record Deed(WordSet Verbs, string? Particle = null)
{
    public static Deed Of(params IEnumerable<string> verbs) => new(new WordSet(verbs));

    public static Deed Phrasal(string particle, params IEnumerable<string> verbs) => new(new WordSet(verbs), particle);
}
