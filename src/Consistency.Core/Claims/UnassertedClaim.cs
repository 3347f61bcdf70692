using Microsoft.CodeAnalysis.Text;

namespace Consistency.Claims;

/// <summary>
/// Words an article repeats without asserting them: what someone denied ("Moscow denied that
/// 200,000 troops took part"), what was asked ("reporters asked whether observers came from 32
/// countries"), what a correction note says an earlier version got wrong, a banner or slogan in
/// quotation marks. A finding inside them would blame the article for words it does not stand behind.
/// </summary>
public sealed record UnassertedClaim(TextSpan Span, int Sentence, int FirstToken, int EndToken, UnassertedReason Reason)
    : Claim(Span, Sentence);
