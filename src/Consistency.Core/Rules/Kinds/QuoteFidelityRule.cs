using Consistency.Claims;
using Consistency.Rules.Kinds.Quotes;
using Consistency.Text;

namespace Consistency.Rules.Kinds;

/// <summary>
/// The kind of check "a quote keeps its speaker and its meaning": a quote holding the fact's key
/// words and close enough, word by word, to one of its published renderings is taken for those
/// words. Given to another named speaker, the speaker's name is reported; aligned with the closest
/// rendering (DiffPlex) and found to add a negation or a limit, or to drop a negation or a hedge
/// ("could have been a mistake" made "was a mistake"), the quote is reported with the word diff.
/// Findings keep the rule's severity: a quote is always someone's words, so its attribution is what
/// is checked, not a reason to soften. Meaning is judged only where the quote is the speaker's (named, or in a sentence naming him). A
/// quote too far from every rendering is other words, left alone; so is a paraphrase outside
/// quotation marks, and a speaker the article does not name.
/// </summary>
public abstract class QuoteFidelityRule(QuoteFact fact) : FactRule<QuoteFact>(fact)
{
    /// <summary>The descriptor's message format for a rule of this kind: {0} what the facts say, {1} what the article does.</summary>
    public const string MessageFormat = "{0}; {1}";

    /// <summary>A rendering many times longer than the words is a speech quoting more than them: not diffed word by word.</summary>
    private const int MaxRenderingWords = 120;

    public override void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var syntax = context.Syntax;
        foreach (var quote in context.Claims.Quotes)
        {
            if (quote.EndToken - quote.FirstToken > MaxRenderingWords * 2 || !HoldsKeys(syntax, quote))
            {
                continue;
            }

            var words = ComparableWords.Read(syntax, quote.FirstToken, quote.EndToken);
            if (words.Count > MaxRenderingWords || Closest(words) is not { } comparison || comparison.Overlap < Fact.MinOverlap)
            {
                continue;
            }

            if (quote.SpeakerEntityId is { } other && Fact.Others.Contains(other))
            {
                continue; // like words, said by someone else on their own account
            }

            if (quote is { SpeakerEntityId: { } speaker, SpeakerSpan: { } speakerSpan } && speaker != Fact.Speaker
                && !Fact.Voices.Contains(speaker) && !Fact.Renderers.Contains(speaker))
            {
                context.Report(speakerSpan, Fact.What, $"the article gives them to {quote.Speaker}");
            }

            // Meaning is judged only in the speaker's mouth: like words from an unnamed voice may be an
            // answer to them ("No, it wasn't a mistake"), not a rendering.
            var inSpeakersMouth = quote.SpeakerEntityId is { } id
                ? id == Fact.Speaker || Fact.Voices.Contains(id)
                : quote.Speaker is null && context.Claims.Mentions(quote.Sentence, Fact.Speaker)
                    && !Fact.Others.Any(o => context.Claims.Mentions(quote.Sentence, o)); // "Tusk answers Trump: “…”"
            if (comparison.ChangesMeaning && inSpeakersMouth)
            {
                context.Report(quote.Span, Fact.What, $"the article's rendering {Describe(syntax, comparison)}");
            }
        }
    }

    /// <summary>Whether the quote holds enough of the key words: most quotes do not, and are not diffed.</summary>
    private bool HoldsKeys(ArticleSyntax syntax, QuoteClaim quote)
    {
        var found = 0;
        foreach (var key in Fact.Keys)
        {
            for (var t = quote.FirstToken; t < quote.EndToken; t++)
            {
                if (syntax.IsWord(t, key))
                {
                    found++;
                    break;
                }
            }
        }

        return found >= Math.Min(Fact.MinKeys, Fact.Keys.Count);
    }

    private QuoteComparison? Closest(IReadOnlyList<ComparableWord> words)
    {
        QuoteComparison? closest = null;
        foreach (var rendering in Fact.Renderings)
        {
            var comparison = QuoteDiff.Compare(rendering, words);
            if (closest is null || comparison.Matched > closest.Matched)
            {
                closest = comparison;
            }
        }

        return closest;
    }

    /// <summary>"drops 'could' (closest rendering: Reuters; added: +[most likely])", in the article's own words.</summary>
    private static string Describe(ArticleSyntax syntax, QuoteComparison comparison)
    {
        var changes = new List<string>(3);
        if (comparison.InsertedNegations.Count > 0)
        {
            changes.Add("inserts " + KindMessages.List(comparison.InsertedNegations.Select(t => $"'{syntax.CleanTextOf(t)}'")));
        }

        if (comparison.InsertedLimits.Count > 0)
        {
            changes.Add("narrows them with " + KindMessages.List(comparison.InsertedLimits.Select(t => $"'{syntax.CleanTextOf(t)}'")));
        }

        changes.AddRange(comparison.Dropped());

        var added = comparison.InsertedRuns.Count > 0 ? "; added: " + string.Join(", ", comparison.InsertedRuns.Select(r => $"+[{r}]")) : "";
        return $"{KindMessages.List(changes)} (closest rendering: {comparison.Translation.Source}{added})";
    }
}
