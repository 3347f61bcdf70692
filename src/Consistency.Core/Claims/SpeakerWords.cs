namespace Consistency.Claims;

/// <summary>
/// The tokens that name a quote's speaker, as <see cref="QuoteSpeakerFinder"/> found them.
/// <see cref="IsPronoun"/> marks "he"/"she"/"they": an attribution that names no one.
/// </summary>
internal readonly record struct SpeakerWords(int First, int End, bool IsPronoun);
