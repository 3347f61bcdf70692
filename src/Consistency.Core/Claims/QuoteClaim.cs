using Microsoft.CodeAnalysis.Text;

namespace Consistency.Claims;

/// <summary>
/// A quotation: the words between an opening quotation mark and its closing mark, which may run
/// over several sentences of one paragraph. <c>Span</c> is the inner text (marks excluded);
/// <c>Sentence</c> is the sentence the quote opens in and <see cref="LastSentence"/> the one it
/// closes in. <see cref="Speaker"/> is the words naming who said it when the text says so next to
/// the quote ("…,” Khrenin said; Khrenin told them: “…”; “…,” according to Lukashenko), and
/// <see cref="SpeakerEntityId"/> the canonical entity when the lexicon knows it. A bare pronoun
/// ("…,” he said) names no one this layer can resolve, so such a quote has no speaker.
/// </summary>
public sealed record QuoteClaim(
    TextSpan Span,
    int Sentence,
    int LastSentence,
    int FirstToken,
    int EndToken,
    string? Speaker,
    string? SpeakerEntityId,
    TextSpan? SpeakerSpan) : Claim(Span, Sentence);
