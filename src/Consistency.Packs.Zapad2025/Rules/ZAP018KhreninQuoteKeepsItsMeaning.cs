using Consistency.Claims;
using Consistency.Rules;
using Consistency.Rules.Kinds;
using Consistency.Rules.Kinds.Quotes;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>Khrenin's words to the US officers keep their meaning and their speaker.</summary>
/// <remarks>
/// Defence Minister Viktor Khrenin told the officers (Reuters): "We will show whatever is of
/// interest for you. Whatever you want. You can go there and see, talk to people." Outlets
/// translate it differently, and a rendering that keeps the offer is a variant, never flagged.
/// A quote is taken for these words when it says enough of what they say (show; whatever you
/// want; go and see; talk to people), whatever the wording (<see cref="KhreninWords"/>). Then it
/// flags a negation the translations do not have, found by a word diff against the closest one
/// ("[|We will show you nothing|] beyond the program", "You cannot go and see"), and the words given to
/// another named speaker ("[|Lukashenko|] told the officers: “We will show you whatever…”").
/// Leaves alone a quote it cannot match to these words ("We have nothing to hide," Khrenin
/// insisted), a paraphrase outside quotation marks, and a speaker it cannot name ("…," he said).
/// </remarks>
public sealed class ZAP018KhreninQuoteKeepsItsMeaning : Rule
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.KhreninQuote,
        "Khrenin's words to the US officers keep their meaning and speaker",
        "Defence Minister Viktor Khrenin's words to the US officers {0}",
        RuleCategories.Quotes,
        Severity.Error,
        "On 15 September 2025 Khrenin told the two US officers, in translations that vary: \"We will show whatever is of interest for you. Whatever you want. You can go there and see, talk to people.\" (Reuters).",
        [Evidence.PravdaObservers, Evidence.MoscowTimesUsOfficers],
        ["\"We will show you nothing. You can go there and see, talk to people,\" Khrenin said", "\"You cannot go and see or talk to people; we will show you whatever you want\"", "Lukashenko told the officers: \"We will show you whatever you are interested in. You can go and see, talk to people.\""],
        ["\"We'll show you whatever you're interested in, whatever you want. You can go and see for yourself, talk to people,\" Khrenin said", "The Moscow Times rendered it: \"We'll show you whatever you're interested in\"", "telling them they could \"see whatever you want\"", "\"We have nothing to hide,\" Khrenin insisted", "\"We will show you whatever you want,\" he said"]);

    public override void Analyze(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var syntax = context.Syntax;
        foreach (var quote in context.Claims.Quotes)
        {
            if (!KhreninWords.MayBeRecognised(syntax, quote.FirstToken, quote.EndToken))
            {
                continue;
            }

            var words = ComparableWords.Read(syntax, quote.FirstToken, quote.EndToken);
            var inKhreninsContext = quote.SpeakerEntityId == KhreninWords.SpeakerId
                || (quote.SpeakerEntityId is null && context.Claims.Mentions(quote.Sentence, KhreninWords.SpeakerId));
            if (KhreninWords.Recognise(words, inKhreninsContext) is not { } comparison)
            {
                continue;
            }

            if (quote is { SpeakerEntityId: { } speaker, SpeakerSpan: { } speakerSpan } && !KhreninWords.OwnVoices.Contains(speaker) && !KhreninWords.Renderers.Contains(speaker))
            {
                context.Report(speakerSpan, $"are given to {quote.Speaker}; Khrenin said them");
            }

            if (comparison.ChangesMeaning)
            {
                context.Report(ChangedSpan(context, quote, words, comparison), $"lose their meaning: {Describe(syntax, comparison)}");
            }
        }
    }

    /// <summary>"inserts 'nothing' and 'no' (closest translation: Reuters)", in the article's own words.</summary>
    private static string Describe(Text.ArticleSyntax syntax, QuoteComparison comparison)
    {
        var changes = new List<string>(2);
        if (comparison.InsertedNegations.Count > 0)
        {
            changes.Add("inserts " + KindMessages.List(comparison.InsertedNegations.Select(t => $"'{syntax.CleanTextOf(t)}'")));
        }

        if (comparison.InsertedLimits.Count > 0)
        {
            changes.Add("narrows the offer with " + KindMessages.List(comparison.InsertedLimits.Select(t => $"'{syntax.CleanTextOf(t)}'")));
        }

        if (comparison.RemovedNegations.Count > 0)
        {
            changes.Add("drops " + KindMessages.List(comparison.RemovedNegations.Select(w => $"'{w}'")));
        }

        var diff = comparison.InsertedRuns.Count > 0 ? "; added: " + string.Join(", ", comparison.InsertedRuns.Select(r => $"+[{r}]")) : "";

        return $"this rendering {KindMessages.List(changes)} (closest translation: {comparison.Translation.Source}{diff})";
    }

    /// <summary>
    /// The words that change the offer: from the start of the quoted clause holding the first inserted
    /// negation to that negation ("We will show you nothing"), the added limit's words ("within the
    /// limits of the programme"), or, when a rendering does both, from the first to the last of them
    /// ("what we have decided to show you, and nothing").
    /// </summary>
    private static Microsoft.CodeAnalysis.Text.TextSpan ChangedSpan(RuleContext context, QuoteClaim quote, List<ComparableWord> words, QuoteComparison comparison)
    {
        var limit = LimitSpan(context, words, comparison);
        var negation = NegationSpan(context, words, comparison);
        return (limit, negation) switch
        {
            ({ } l, { } n) => Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(Math.Min(l.Start, n.Start), Math.Max(l.End, n.End)),
            ({ } l, null) => l,
            (null, { } n) => n,
            _ => quote.Span,
        };
    }

    /// <summary>From the first inserted limit word to the last limit word of the same clause ("within the limits of the programme").</summary>
    private static Microsoft.CodeAnalysis.Text.TextSpan? LimitSpan(RuleContext context, List<ComparableWord> words, QuoteComparison comparison)
    {
        if (comparison.InsertedLimits.Count == 0)
        {
            return null;
        }

        var limit = comparison.InsertedLimits[0];
        var limitPart = words.First(w => w.Token == limit).Part;
        var last = words.Last(w => w.Part == limitPart && comparison.InsertedLimits.Contains(w.Token)).Token;
        return context.Syntax.SpanOf(limit, last + 1);
    }

    /// <summary>From the start of the quoted clause holding the first inserted negation to that negation.</summary>
    private static Microsoft.CodeAnalysis.Text.TextSpan? NegationSpan(RuleContext context, List<ComparableWord> words, QuoteComparison comparison)
    {
        if (comparison.InsertedNegations.Count == 0)
        {
            return null;
        }

        var negation = comparison.InsertedNegations[0];
        var part = words.First(w => w.Token == negation).Part;
        var first = words.First(w => w.Part == part).Token;
        return context.Syntax.SpanOf(first, negation + 1);
    }
}
