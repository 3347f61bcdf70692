using Consistency.Rules.Kinds.Quotes;
using Consistency.Text;

namespace Consistency.Packs.Zapad2025;

/// <summary>
/// What Defence Minister Viktor Khrenin told the two US officers at the Borisovsky ground on
/// 15 September 2025, in the translations outlets published, and how a quote is recognised as a
/// rendering of those words. Renderings vary ("anything that interests you", "go and have a look
/// for yourselves"), so recognition goes by the themes the words carry, not by their exact text.
/// </summary>
public static class KhreninWords
{
    /// <summary>The lexicon entity who said the words.</summary>
    public const string SpeakerId = "khrenin";

    public static readonly IReadOnlyList<KnownTranslation> Translations =
    [
        new("Reuters", "We will show whatever is of interest for you. Whatever you want. You can go there and see, talk to people."),
        new("The Moscow Times", "We'll show you whatever you're interested in, whatever you want. You can go and see for yourself, talk to people."),
    ];

    /// <summary>
    /// Speakers the words may be given to: Khrenin, and Belarus or Minsk as a body (his ministry
    /// released the video). Any other named speaker is a misattribution.
    /// </summary>
    public static readonly IReadOnlyList<string> OwnVoices = [SpeakerId, "belarus", "minsk"];

    /// <summary>Outlets that carry a translation ("The Moscow Times rendered it: “…”"): they render the words, they do not speak them.</summary>
    public static readonly IReadOnlyList<string> Renderers = ["reuters", "moscow-times", "tass", "interfax", "belta"];

    /// <summary>A quote sharing less than this share of its words, in order, with the closest translation is other words.</summary>
    private const double MinOverlap = 0.4;

    /// <summary>
    /// The remark is some twenty words; a rendering many times longer is a speech that quotes
    /// more than this, and diffing it word by word would cost time growing with its square.
    /// </summary>
    private const int MaxRenderingWords = 120;

    // The four things the words say: we will show you; whatever you want; you can go and see;
    // talk to people. The open offer ("whatever you want", "anything that interests you") is the
    // mark of these words: "show", "see" or "whatever" alone stand in many quotes ("Whatever
    // happens, we will not go to war"), so it counts only as a pronoun and a wish in one clause.
    private static readonly string[] Offer = ["show", "shows", "shown", "showing"];
    private static readonly string[] ScopePronouns = ["whatever", "anything", "everything", "wherever"];
    private static readonly string[] Wishes = ["want", "wants", "wish", "like", "please", "interest", "interests", "interested"];
    private static readonly string[] Visit = ["go", "see", "look", "visit", "come"];
    private static readonly string[] Talk = ["talk", "speak", "chat"];
    private static readonly string[][] Themes = [Offer, Visit, Talk];

    /// <summary>Every word <see cref="Recognise(IReadOnlyList{ComparableWord}, bool)"/> needs at least one of, as a set of token words.</summary>
    private static readonly WordSet ThemeWords = new(Offer.Concat(Visit).Concat(Talk).Concat(ScopePronouns));

    /// <summary>
    /// Whether the quoted tokens could be his words at all: one of the words of the four things, or
    /// a contraction (its pieces are compared, not the token). Most quotes fail here, before their
    /// words are lower-cased and split.
    /// </summary>
    internal static bool MayBeRecognised(ArticleSyntax syntax, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (syntax.IsAnyWord(t, ThemeWords) || (syntax.Tokens[t].IsWord && syntax.TextOf(t).ContainsAny('\'', '\u2019', '\u02BC')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The closest translation's comparison with the quote when the quote renders these words:
    /// it says at least three of the four things, or two of them one of which is the open offer,
    /// and shares enough words, in order, with a translation. Only the quote's clauses that say
    /// one of the things are compared: a quote that goes on to other matters ("We will show you
    /// everything, we have nothing to hide") brings no change to these words.
    /// </summary>
    /// <remarks>
    /// When the quote's own sentence names Khrenin, "go" with "talk to people" is enough: half
    /// the remark, in his mouth, is these words ("Do not go and speak to people"), while the same
    /// phrases from anyone else are a common turn of speech.
    /// </remarks>
    internal static QuoteComparison? Recognise(IReadOnlyList<ComparableWord> quote, bool inKhreninsContext) => Recognise(quote, inKhreninsContext, out _);

    /// <summary>As <see cref="Recognise(IReadOnlyList{ComparableWord}, bool)"/>, also giving the quote's words that render his (the clauses compared).</summary>
    internal static QuoteComparison? Recognise(IReadOnlyList<ComparableWord> quote, bool inKhreninsContext, out IReadOnlyList<ComparableWord> rendered)
    {
        rendered = [];
        var said = new bool[Themes.Length];
        var openOffer = false;
        var talksToPeople = false;
        var parts = new List<int>();

        // A quote's words come clause by clause (ComparableWords numbers the clauses in order), so
        // each clause is one run of words with the same part: one pass, no grouping.
        for (var start = 0; start < quote.Count;)
        {
            var part = quote[start].Part;
            var end = start;
            bool scope = false, wish = false, talk = false, people = false, saysSomething = false;
            for (; end < quote.Count && quote[end].Part == part; end++)
            {
                var word = quote[end];
                scope |= Has(ScopePronouns, word);
                wish |= Has(Wishes, word);
                talk |= Has(Talk, word);
                people |= word.Text == "people";
                for (var theme = 0; theme < Themes.Length; theme++)
                {
                    if (Has(Themes[theme], word))
                    {
                        said[theme] = true;
                        saysSomething = true;
                    }
                }
            }

            var offersOpenly = scope && wish;
            talksToPeople |= talk && people;
            openOffer |= offersOpenly;
            if (saysSomething || offersOpenly || (parts.Contains(part - 1) && Qualifies(quote, start, end)))
            {
                parts.Add(part); // a clause of the words, or one that narrows the clause before it ("…, within the limits of the programme")
            }

            start = end;
        }

        var things = openOffer ? 1 : 0;
        foreach (var theme in said)
        {
            things += theme ? 1 : 0;
        }

        var halfInHisMouth = inKhreninsContext && talksToPeople && said[Array.IndexOf(Themes, Visit)];
        if (!(things >= 3 || (things == 2 && openOffer) || halfInHisMouth))
        {
            return null; // says too few of the four things: most quotes
        }

        // A loop, not Where(…).ToList(): LINQ over this struct makes the JIT compile a pooled array builder for it, about a tenth of start-up's framework compiling.
        var rendering = new List<ComparableWord>(quote.Count);
        foreach (var word in quote)
        {
            if (parts.Contains(word.Part))
            {
                rendering.Add(word);
            }
        }

        if (rendering.Count > MaxRenderingWords)
        {
            return null;
        }

        QuoteComparison? closest = null;
        foreach (var translation in Translations)
        {
            var comparison = QuoteDiff.Compare(translation, rendering);
            if (closest is null || comparison.Matched > closest.Matched)
            {
                closest = comparison;
            }
        }

        if (closest!.Overlap < MinOverlap)
        {
            return null;
        }

        rendered = rendering;
        return closest;
    }

    private static bool Has(string[] words, ComparableWord word) => Array.IndexOf(words, word.Text) >= 0;

    /// <summary>Words that make a clause a qualification of the one before it: "…, within the limits", "…, but please don't", "…, and nothing more".</summary>
    private static readonly string[] Qualifiers = ["within", "only", "except", "excluding", "unless", "if", "provided", "but", "limits", "more"];

    private static bool Qualifies(IReadOnlyList<ComparableWord> quote, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (Has(Qualifiers, quote[i]))
            {
                return true;
            }
        }

        return false;
    }
}
