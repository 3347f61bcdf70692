using Consistency.Claims;
using Consistency.Text;

namespace Consistency.Rules.Kinds;

/// <summary>
/// The kind of check "a person held their office on the story's dates": the title an article gives
/// a person, before the name ("Interior Minister Marcin Kierwiński") or in apposition after it
/// ("Revenko, Chief of the General Staff,"), is matched against the model's offices; a title that
/// is one office's and not the person's is reported at the rule's severity, even in a speaker's
/// tag (the title is the writer's words). Titles the model does not know are left alone.
/// </summary>
/// <remarks>
/// A title stops at a comma, at another person's name and at a possessive ("Trump's envoy John
/// Coale": "Trump's" is not Coale's title); an apposition stops at a relative clause ("Coale, who
/// met President Lukashenko").
/// </remarks>
public abstract class OfficeRule(IReadOnlyList<Office> offices) : FactRule<IReadOnlyList<Office>>(offices)
{
    private const int TitleWords = 6;

    private static readonly WordSet RelativeWords = new(["who", "whom", "whose", "which", "that", "and", "when", "where", "met", "said", "says"]);

    /// <summary>Words a title before a name never holds: they join it to the clause before ("met the minister and Coale").</summary>
    private static readonly WordSet TitleStoppers = new([
        "and", "or", "with", "by", "to", "for", "met", "meets", "told", "said", "says", "from", "than", "as", "at", "in", "on", "after",
        "before", "when", "while", "but", "that", "who", "which", "also", "then", "between", "against", "under", "into", "over",
    ]);

    /// <summary>Titles held in the service of another office: "aide to the defence minister".</summary>
    private static readonly WordSet ServingTitles = new(["aide", "adviser", "advisor", "assistant", "deputy", "spokesman", "spokeswoman", "spokesperson"]);

    private static readonly WordSet FormerWords = new(["former", "ex", "then", "erstwhile", "late", "future", "acting"]);

    /// <summary>The descriptor's message format for a rule of this kind: {0} the person, {1} the title given, {2} the office's holders.</summary>
    public const string MessageFormat = "{1} was not {0}'s office: it was held by {2}";

    public override void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = context.Claims;
        var syntax = claims.Syntax;
        var offices = Fact;
        foreach (var mention in claims.Entities)
        {
            if (claims.Lexicon.KindOf(mention.EntityId) != "person")
            {
                continue;
            }

            var sentence = syntax.Sentences[mention.Sentence];
            foreach (var (first, end) in Titles(claims, sentence, mention))
            {
                Check(context, mention, first, end);
            }

            var predicate = Predicate(syntax, sentence, mention.EndToken);
            if (predicate.First < predicate.End)
            {
                Check(context, mention, predicate.First, predicate.End);
            }
        }

        // "The caption called Kierwiński Poland's defence minister. He is Poland's interior minister.":
        // a title given to a "he" or "she" is the title of the one person it stands for.
        foreach (var index in syntax.SentencesWith(SubjectPronouns))
        {
            var sentence = syntax.Sentences[index];
            if (!syntax.IsAnyWord(sentence.FirstToken, SubjectPronouns)
                || Antecedents.PersonMeantBy(claims, sentence.FirstToken, sentence.FirstToken) is not { } person)
            {
                continue;
            }

            var (first, end) = Predicate(syntax, sentence, sentence.FirstToken + 1);
            if (first < end)
            {
                Check(context, person, first, end);
            }
        }
    }

    private static readonly WordSet SubjectPronouns = new(["He", "She"]);

    private static readonly WordSet Copulas = new(["is", "was", "became", "becomes"]);

    private static readonly WordSet Negations = new(["not", "never", "no", "n't"]);

    /// <summary>Reports the title [first, end) when it is another's office than the person's.</summary>
    private void Check(RuleContext context, EntityMention person, int first, int end)
    {
        var claims = context.Claims;
        var syntax = claims.Syntax;
        if (IsFormer(syntax, first, end))
        {
            return; // "former president", "then-minister": another time
        }

        var wrong = WrongOffice(claims, Fact, person.EntityId, first, end);
        if (wrong is not null)
        {
            // The title is the writer's own words even inside a speaker's tag ("…, said Valery
            // Revenko, Chief of the General Staff"): it is not downgraded as attributed.
            var span = syntax.SpanOf(first, end);
            context.Report(span, syntax.Article.Slice(person.Span).ToString(), syntax.Article.Slice(span).ToString(), HolderNames(claims, wrong));
        }
    }

    /// <summary>
    /// "Kierwiński is Poland's foreign minister", "Kierwiński, who was the interior minister,": the
    /// title a copula after the subject gives, as a token range (empty when there is none, or it is
    /// denied: "is not the defence minister").
    /// </summary>
    private static (int First, int End) Predicate(ArticleSyntax syntax, Sentence sentence, int after)
    {
        var t = after;
        if (t + 1 < sentence.EndToken && syntax.IsPunctuation(t, ',') && syntax.IsWord(t + 1, "who"))
        {
            t += 2;
        }

        if (t + 1 >= sentence.EndToken || !syntax.IsAnyWord(t, Copulas) || syntax.IsAnyWord(t + 1, Negations))
        {
            return (0, 0);
        }

        var first = t + 1;
        var end = first;
        while (end < sentence.EndToken && end - first < TitleWords + 2 && syntax.Tokens[end].Kind is TokenKind.Word or TokenKind.Hyphen
            && !syntax.IsAnyWord(end, RelativeWords) && !syntax.IsAnyWord(end, TitleStoppers))
        {
            end++;
        }

        return (first, end);
    }

    /// <summary>
    /// The office the title names when it is one of the model's and the person held none it names.
    /// An office whose cues another named office holds with more is not read: "Kremlin spokeswoman"
    /// names the Kremlin's spokesman, not every spokeswoman (offices share their cue objects for this).
    /// </summary>
    private static Office? WrongOffice(ArticleClaims claims, IReadOnlyList<Office> offices, string person, int first, int end)
    {
        var named = new List<Office>();
        foreach (var office in offices)
        {
            if (Cue.AllIn(office.Keys, claims, first, end))
            {
                named.Add(office);
            }
        }

        Office? wrong = null;
        foreach (var office in named)
        {
            if (named.Exists(other => other.Keys.Count > office.Keys.Count && office.Keys.All(other.Keys.Contains)))
            {
                continue;
            }

            if (office.Holders.Contains(person))
            {
                return null; // one of the title's readings is the person's own office
            }

            wrong ??= office;
        }

        return wrong;
    }

    private static string HolderNames(ArticleClaims claims, Office office)
    {
        var names = new List<string>();
        foreach (var id in office.Holders)
        {
            var entity = claims.Lexicon.Entities.FirstOrDefault(e => e.Id == id);
            names.Add(entity?.Aliases[0] ?? id);
        }

        return string.Join(" or ", names);
    }

    /// <summary>The title words before the name and the apposition after it, as token ranges.</summary>
    private static IEnumerable<(int First, int End)> Titles(ArticleClaims claims, Sentence sentence, EntityMention mention)
    {
        var syntax = claims.Syntax;
        var first = mention.FirstToken;
        while (first > sentence.FirstToken && mention.FirstToken - first < TitleWords && IsTitleToken(claims, first - 1))
        {
            // "envoy of Secretary of State Marco Rubio": a lower-case word before "of" holds the
            // name as its owner, not as its holder; "Chief of General Staff" is one title.
            if (syntax.IsWord(first - 1, "of") && first - 2 >= sentence.FirstToken && !syntax.Tokens[first - 2].Has(TokenFlags.Capitalized))
            {
                break;
            }

            first--;
        }

        // "Aide to the Defence Minister Valery Revenko": a title that serves another office keeps its head.
        if (first - 2 >= sentence.FirstToken && first < mention.FirstToken && syntax.IsWord(first - 1, "to") && syntax.IsAnyWord(first - 2, ServingTitles))
        {
            first -= 2;
        }

        if (first < mention.FirstToken)
        {
            yield return (first, mention.FirstToken);
        }

        // "Revenko, Chief of the General Staff," / "Sikorski, Poland's foreign minister."
        var start = mention.EndToken;
        if (start < sentence.EndToken && syntax.IsPunctuation(start, ','))
        {
            start++;
            if (start < sentence.EndToken && syntax.IsAnyWord(start, RelativeWords))
            {
                yield break;
            }

            var end = start;
            while (end < sentence.EndToken && end - start < TitleWords + 2 && syntax.Tokens[end].Kind is TokenKind.Word or TokenKind.Hyphen
                && !IsPersonAt(claims, end) && !syntax.IsAnyWord(end, RelativeWords))
            {
                end++;
            }

            // An apposition that runs into another person's name is about that person ("Coale,
            // President Donald Trump's envoy"): "President" is Trump's title.
            if (end > start && !(end < sentence.EndToken && IsPersonAt(claims, end)))
            {
                yield return (start, end);
            }
        }
    }

    private static bool IsTitleToken(ArticleClaims claims, int t)
    {
        var syntax = claims.Syntax;
        var token = syntax.Tokens[t];
        if (token.Kind == TokenKind.Hyphen)
        {
            return true;
        }

        if (!token.IsWord || IsPersonAt(claims, t) || syntax.IsAnyWord(t, TitleStoppers))
        {
            return false;
        }

        var text = syntax.TextOf(t);
        return !(text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("\u2019s", StringComparison.Ordinal));
    }

    private static bool IsPersonAt(ArticleClaims claims, int t)
    {
        var (start, end) = ArticleClaims.RangeOf(claims.Entities, claims.Syntax.SentenceOf(t));
        for (var i = start; i < end; i++)
        {
            var e = claims.Entities[i];
            if (e.FirstToken <= t && t < e.EndToken && claims.Lexicon.KindOf(e.EntityId) == "person")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFormer(ArticleSyntax syntax, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (syntax.IsAnyWord(t, FormerWords))
            {
                return true;
            }
        }

        return false;
    }
}
