using Consistency.Rules;
using Consistency.Rules.Corpus;
using Consistency.Rules.Kinds;
using Consistency.Rules.Kinds.Quotes;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>One article renders Khrenin's words to the US officers unlike every other article of the run.</summary>
/// <remarks>
/// A corpus rule: it compares articles. Khrenin's offer to the officers ("We will show whatever is of
/// interest for you… You can go there and see, talk to people") reached the press in several
/// translations; outlets choosing other words is normal and never flagged. Each rendering is aligned
/// word by word (DiffPlex) with every other article's, and judged as ZAP018 judges a rendering against
/// a known translation (<see cref="QuoteDiff"/>): an added negation or limit, or a dropped negation or
/// hedge, changes the meaning. A rendering whose meaning differs from every other article's
/// ("[|We will show you nothing. You can go and see, talk to people|]" beside two articles with the
/// open offer) is noted (info) with the word diff against the closest one, the others as related
/// locations. Needs at least two other articles rendering the words: with one, nothing says which of
/// the two drifted. The same words in two articles, or a shorter rendering that leaves clauses out
/// ("see whatever you want"), are not drift.
/// </remarks>
public sealed class ZAP101KhreninWordsDrift : CorpusRule
{
    /// <summary>The occasion: the matrix's quote group for these renderings.</summary>
    public const string Fact = "Khrenin to the US officers, 15 September 2025";

    /// <summary>Other renderings named as related locations at most.</summary>
    private const int MostRelated = 6;

    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.KhreninWordsDrift,
        "One article renders Khrenin's words unlike every other article",
        "Khrenin's words to the US officers read here unlike in every other article: this rendering {0} (word diff against {1}: {2})",
        RuleCategories.Quotes,
        Severity.Info,
        "Translations of Khrenin's offer to the US officers vary in wording; a rendering that adds a negation or a limit, or drops a hedge, where every other article keeps the open offer, has drifted from what was said. Compared across the articles of a run.",
        [Evidence.PravdaObservers, Evidence.MoscowTimesUsOfficers],
        ["\"We will show you nothing. You can go and see, talk to people,\" Khrenin said (beside two articles with \"We will show you whatever you want…\")"],
        ["\"We'll show you whatever you're interested in. You can go and see, talk to people\" (beside two articles with \"We will show you whatever you want…\")", "telling them they could \"see whatever you want\" (beside two fuller renderings)"]);

    public override void Observe(ObservationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = context.Claims;
        var syntax = claims.Syntax;
        foreach (var quote in claims.Quotes)
        {
            if (!KhreninWords.MayBeRecognised(syntax, quote.FirstToken, quote.EndToken))
            {
                continue;
            }

            // Words given to another named speaker are not his rendering (ZAP018 reports the speaker).
            if (quote.SpeakerEntityId is { } speaker && !KhreninWords.OwnVoices.Contains(speaker) && !KhreninWords.Renderers.Contains(speaker))
            {
                continue;
            }

            var words = ComparableWords.Read(syntax, quote.FirstToken, quote.EndToken);
            var inKhreninsContext = quote.SpeakerEntityId == KhreninWords.SpeakerId
                || (quote.SpeakerEntityId is null && claims.Mentions(quote.Sentence, KhreninWords.SpeakerId));
            if (KhreninWords.Recognise(words, inKhreninsContext, out var rendered) is null || rendered.Count == 0)
            {
                continue;
            }

            var span = syntax.SpanOf(rendered[0].Token, rendered[^1].Token + 1);
            context.Record(new Observation(Fact, OneLine(syntax.Article.Slice(span)), null, span)
            {
                Source = quote.Speaker ?? "Khrenin",
                Party = KhreninWords.SpeakerId,
                IsQuote = true,
            });
        }
    }

    public override void Report(CorpusContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var groups = RenderingGroup.Of(context.Observations.Where(o => o.Observation.IsQuote && o.Observation.Fact == Fact));
        foreach (var group in groups)
        {
            // The same words in two articles: each has another article that agrees with it.
            if (group.Articles > 1)
            {
                continue;
            }

            foreach (var at in group.Places)
            {
                var others = groups.Where(g => g != group).ToList();
                var otherArticles = others.SelectMany(g => g.Places).Select(p => p.Path).Where(p => p != at.Path).Distinct(StringComparer.Ordinal).Count();
                if (otherArticles < 2)
                {
                    continue; // one other rendering: nothing says which of the two drifted
                }

                var comparisons = new List<(RenderingGroup Other, QuoteComparison Comparison)>(others.Count);
                foreach (var other in others.Where(g => g.Places.Exists(p => p.Path != at.Path)))
                {
                    comparisons.Add((other, QuoteDiff.Compare(other.AsTranslation, group.Words)));
                }

                if (comparisons.Count == 0 || comparisons.Exists(c => !c.Comparison.ChangesMeaning))
                {
                    continue;
                }

                var closest = comparisons.MaxBy(c => c.Comparison.Matched);
                var closestPlace = closest.Other.Places.First(p => p.Path != at.Path);
                // The wording the diff is against first, then the others in corpus order.
                var related = comparisons.Where(c => c.Other != closest.Other).Select(c => c.Other.Places.First(p => p.Path != at.Path))
                    .Take(MostRelated - 1).Prepend(closestPlace).ToArray();
                context.Report(at, related, Describe(closest.Comparison), closestPlace.Place, QuoteWordDiff.Format(closest.Other.Words, group.Words));
            }
        }
    }

    /// <summary>"adds 'nothing'", "drops the hedge 'could'", in the words of the diff.</summary>
    private static string Describe(QuoteComparison comparison)
    {
        var changes = new List<string>(3);
        if (comparison.InsertedRuns.Count > 0)
        {
            changes.Add("adds " + KindMessages.List(comparison.InsertedRuns.Select(r => $"'{r}'")));
        }

        changes.AddRange(comparison.Dropped());

        return changes.Count > 0 ? KindMessages.List(changes) : "changes the meaning";
    }

    /// <summary>A rendering as one line: a quote may run over a line break inside its paragraph.</summary>
    private static string OneLine(ReadOnlySpan<char> text) =>
        string.Join(' ', text.ToString().Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
