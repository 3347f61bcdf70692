using Consistency.Claims;
using Consistency.Text;

namespace Consistency.Packs.Zapad2025.Tests.Claims;

/// <summary>Reads the claims of one text with the story's lexicon.</summary>
internal static class ClaimsFixture
{
    public static ArticleClaims Read(string text) =>
        ClaimReader.Read(ArticleSyntax.Parse(new Article("claims.txt", text)), new Zapad2025Pack().Lexicon);

    public static string Words(this ArticleClaims claims, Claim claim) => claims.Syntax.Article.Slice(claim.Span).ToString();
}
