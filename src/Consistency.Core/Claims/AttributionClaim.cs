using Microsoft.CodeAnalysis.Text;

namespace Consistency.Claims;

/// <summary>
/// A sentence's statement attributed to a party: "according to Lithuania", "Putin said",
/// "Belarusian state media describe". <see cref="Party"/> is the words naming the party;
/// <see cref="EntityId"/> the canonical entity when the lexicon knows it.
/// </summary>
public sealed record AttributionClaim(TextSpan Span, int Sentence, string Party, string? EntityId, int CueToken) : Claim(Span, Sentence)
{
    /// <summary>"according to X" covers the whole sentence, wherever it stands.</summary>
    public bool CoversSentence { get; init; }

    /// <summary>
    /// The sentence whose words name the party, when this attribution was carried to <see cref="Claim.Sentence"/>
    /// from there (a paragraph going on with a party's statement; see <see cref="CarriedAttributionReader"/>); null when the sentence names it itself.
    /// </summary>
    public int? CarriedFrom { get; init; }
}
