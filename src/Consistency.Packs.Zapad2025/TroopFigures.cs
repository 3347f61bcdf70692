using Consistency.Text;

namespace Consistency.Packs.Zapad2025;

/// <summary>
/// Who said how many troops took part in Zapad-2025 (story file, section 2). Sources disagree; an
/// attributed figure is checked against what that party said, never against another party's.
/// </summary>
internal static class TroopFigures
{
    public static readonly IReadOnlyList<TroopFigure> All =
    [
        new("belarus", 7_000, "belarus"), new("belarus", 6_850, "belarus"), new("belarus", 13_000, "belarus"),
        new("lithuania", 30_000, null), new("lithuania", 8_000, "belarus"), new("lithuania", 2_000, "belarus", OfRussians: true),
        new("putin", 100_000, null),
        new("breuer", 13_000, "belarus"), new("breuer", 30_000, "russia"),
    ];

    /// <summary>Parties whose words stand for another's count: Belarus's ministry, state media and officials; Germany for Gen. Breuer.</summary>
    public static string PartyOf(string entityId) => entityId switch
    {
        "khrenin" or "lukashenko" or "belta" or "muraveiko" or "revenko" or "minsk" => "belarus",
        "germany" => "breuer",
        _ => entityId,
    };

    /// <summary>
    /// A number that counts troops: followed by a troop noun ("7,000 troops"), or standing alone
    /// ("some 20,000 were in Belarus", "at up to 30,000") in a sentence, or a few after one, that speaks of troops.
    /// </summary>
    public static bool IsTroopFigure(Consistency.Claims.ArticleClaims claims, Consistency.Claims.QuantityClaim quantity)
    {
        if (quantity.Counts(TroopNouns))
        {
            return true;
        }

        var bare = quantity.NounPhrase.Count == 0 || quantity.NounPhrase[0] is "were" or "are" or "was" or "is" or "in" or "across" or "took" or "on";
        if (!bare)
        {
            return false;
        }

        // A passage comparing counts names the troops once, then gives bare figures for several
        // sentences ("Minsk says up to 7,000 troops. Lithuania puts the total at 30,000. Breuer estimated 13,000 in Belarus.").
        for (var s = quantity.Sentence; s >= 0 && quantity.Sentence - s <= TroopNounReach; s--)
        {
            if (claims.SentenceHas(s, TroopNouns))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many sentences back the troop noun of a bare figure may stand.</summary>
    private const int TroopNounReach = 3;

    /// <summary>Nouns that make a number a troop count.</summary>
    public static readonly WordSet TroopNouns = new([
        "troops", "soldiers", "servicemen", "personnel", "participants", "military", "service", "men", "russians", "belarusians",
    ]);
}
