namespace Consistency.Claims;

/// <summary>One family of claims read from an article's tokens. Readers run in the order <see cref="ClaimReader"/> lists them.</summary>
internal interface IClaimReader
{
    void Read(ArticleClaims claims);
}
