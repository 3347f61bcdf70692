namespace Consistency.Claims;

/// <summary>
/// The tokens that name a quote's speaker, as <see cref="QuoteSpeakerFinder"/> found them.
/// <see cref="IsPronoun"/> marks "he"/"she"/"they": an attribution that names no one.
/// <see cref="IsClauseSubject"/> marks a speaker taken from the subject of the clause leading to
/// the quote, with no speech verb of its own ("Sikorski was more direct: “…”").
/// </summary>
internal readonly record struct SpeakerWords(int First, int End, bool IsPronoun, bool IsClauseSubject = false);
