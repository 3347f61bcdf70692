using Consistency.Text;

namespace Consistency.Claims;

/// <summary>Reads every claim of an article. Entity mentions come first: the attribution reader resolves parties through them.</summary>
public static class ClaimReader
{
    /// <summary>The readers, in the order they run.</summary>
    internal static readonly IClaimReader[] Readers =
    [
        new EntityReader(),
        new QuantityReader(),
        new YearReader(),
        new EditionReader(),
        new RecurrenceReader(),
        new DateReader(),
        new AttributionReader(),
        new HeadlineLabelReader(),
        new QuoteReader(),
        new CarriedAttributionReader(),
        new TimelineReader(),
        new UnassertedReader(),
    ];

    public static ArticleClaims Read(ArticleSyntax syntax, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        ArgumentNullException.ThrowIfNull(lexicon);
        var claims = new ArticleClaims(syntax, lexicon);
        foreach (var reader in Readers)
        {
            reader.Read(claims);
        }

        return claims;
    }
}
