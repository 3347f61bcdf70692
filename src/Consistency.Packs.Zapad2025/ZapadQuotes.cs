using Consistency.Rules.Kinds;
using Consistency.Rules.Kinds.Quotes;

namespace Consistency.Packs.Zapad2025;

/// <summary>Words said about the drone incursion into Poland, with who said them (story file, section 4).</summary>
public static class ZapadQuotes
{
    /// <summary>Prime Minister Donald Tusk, 10 September 2025.</summary>
    public static readonly QuoteFact TuskClosestToConflict = new(
        "Prime Minister Donald Tusk said on 10 September 2025 that it was \"the closest we have been to open conflict since World War Two\"",
        "tusk",
        [new KnownTranslation("Arab News", "the closest we have been to open conflict since World War Two")],
        ["closest", "conflict", "war", "War"])
    {
        Voices = ["poland"],
        Renderers = ["reuters", "tass", "interfax"],
    };

    /// <summary>President Donald Trump, 11 September 2025: the incursion "could have been a mistake".</summary>
    public static readonly QuoteFact TrumpCouldHaveBeenAMistake = new(
        "President Donald Trump said on 11 September 2025 that the incursion \"could have been a mistake\"",
        "trump",
        [new KnownTranslation("ECR", "could have been a mistake")],
        ["mistake"])
    {
        MinKeys = 1,
        // Five words: two shared in order ("a mistake") already make a rendering of them.
        MinOverlap = 0.4,
        Voices = ["united-states"],
        // Sikorski ("No, it wasn't a mistake") and Tusk ("… was a mistake. But it wasn't.") answered him in like words.
        Others = ["sikorski", "tusk", "poland"],
    };

    /// <summary>Maria Zakharova, Russian Foreign Ministry spokeswoman, called Poland's steps "confrontational".</summary>
    public static readonly QuoteFact ZakharovaConfrontational = new(
        "Foreign Ministry spokeswoman Maria Zakharova called Poland's steps \"confrontational\"",
        "zakharova",
        [new KnownTranslation("The Moscow Times", "confrontational")],
        ["confrontational"])
    {
        MinKeys = 1,
        MinOverlap = 0.4,
        Voices = ["russia"],
    };
}
