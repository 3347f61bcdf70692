using Consistency.Text;

namespace Consistency.Claims;

/// <summary>
/// Finds who a quote's own sentence says spoke it, from the words right after the quote
/// ("…,” Khrenin said; "…,” said Khrenin; "…,” according to Lukashenko; "…,” he told them) or
/// leading into it ("Khrenin told them: “…”"; "Khrenin, who told them: “…”"; "X insisted: “…”";
/// "Khrenin welcomed them, telling them they could “…”"; "Sikorski was more direct: “…”").
/// Only words next to the quote count: a speaker named elsewhere in the paragraph is a guess
/// this layer does not make, and a passive "being told, “…”" names no speaker at all.
/// </summary>
internal static class QuoteSpeakerFinder
{
    /// <summary>How far before a quote a speech verb may stand and still introduce it.</summary>
    private const int CueWindow = 12;

    private const int MaxSpeakerWords = 6;

    private static readonly WordSet SpeechVerbs = new([
        "said", "says", "told", "tells", "insisted", "insists", "added", "adds", "remarked", "warned", "warns", "stressed",
        "noted", "replied", "explained", "declared", "asked", "answered", "continued", "promised", "assured", "assures",
        "recalled", "wrote", "writes", "asserted", "claimed", "stated", "announced", "urged", "argued", "emphasized",
        "emphasised", "quipped", "responded", "confirmed", "admitted", "repeated", "shouted", "joked", "called", "calls", "described",
        "describes", "termed", "dubbed", "suggested", "suggests",
    ]);

    /// <summary>"…, telling them they could “…”": the speaker is the subject of the clause the participle hangs on.</summary>
    private static readonly WordSet SpeechParticiples = new([
        "telling", "saying", "adding", "insisting", "assuring", "promising", "noting", "warning", "declaring", "stressing",
        "explaining", "replying", "recalling", "urging", "arguing",
    ]);

    private static readonly WordSet PassiveMarkers = new(["being", "been", "was", "were", "is", "are", "be", "get", "got"]);

    private static readonly WordSet Pronouns = new(["he", "she", "they", "it", "we", "i", "you"]);

    private static readonly WordSet Determiners = new(["the", "a", "an", "his", "her", "its", "their", "our"]);

    /// <summary>Adverbs and auxiliaries that may stand between a speaker and the verb ("Khrenin later told reporters").</summary>
    private static readonly WordSet Interposed = new(["also", "then", "later", "once", "again", "has", "had", "have", "reportedly", "personally", "simply", "only", "first"]);

    /// <summary>Words that end a speaker's name when read outwards from the verb: they start another phrase.</summary>
    private static readonly WordSet Boundaries = new([
        "and", "but", "or", "so", "then", "when", "while", "as", "after", "before", "in", "on", "at", "of", "for", "with", "by",
        "to", "from", "that", "which", "who", "where", "if", "because", "meanwhile", "also", "yet", "was", "were", "is", "are",
        "during", "near", "than",
    ]);

    public static SpeakerWords? Find(ArticleSyntax syntax, int leadInStart, int open, int close, int tailEnd)
    {
        var after = After(syntax, close + 1, tailEnd);
        if (after is { IsPronoun: false })
        {
            return after;
        }

        return Before(syntax, leadInStart, open) ?? after;
    }

    /// <summary>"…,” Khrenin said", "…,” said Khrenin", "…,” according to Lukashenko", "…,” he told them".</summary>
    private static SpeakerWords? After(ArticleSyntax syntax, int from, int end)
    {
        var k = from;
        if (k < end && (syntax.IsPunctuation(k, ',') || syntax.Tokens[k].Kind == TokenKind.Dash))
        {
            k++; // "…”, said Khrenin" (British order), "“…” — Khrenin said"
        }

        if (k >= end)
        {
            return null;
        }

        if (syntax.IsWord(k, "according") && syntax.IsWord(k + 1, "to"))
        {
            return NameAfter(syntax, k + 2, end);
        }

        if (IsSpeechVerb(syntax, k))
        {
            return NameAfter(syntax, k + 1, end);
        }

        for (var v = k + 1; v < end && v - k <= MaxSpeakerWords + 2; v++)
        {
            if (!IsNameToken(syntax, v - 1) && !IsTitleLink(syntax, v - 1))
            {
                return null;
            }

            if (IsSpeechVerb(syntax, v))
            {
                return NameBefore(syntax, k, v);
            }
        }

        return null;
    }

    /// <summary>Nouns for what someone said, after "his" or "her" before a colon: "a summary of his words: “…”".</summary>
    private static readonly WordSet WordsNouns = new(["words", "remarks", "message", "statement", "comments", "reply", "answer"]);

    private static readonly WordSet PossessivePronouns = new(["his", "her"]);

    /// <summary>"Khrenin told them: “…”", "Khrenin, who told them “…”", "being told by Khrenin, “…”", "X was blunt: “…”".</summary>
    private static SpeakerWords? Before(ArticleSyntax syntax, int start, int open)
    {
        if (open <= start)
        {
            return null;
        }

        for (var t = open - 1; t >= start && open - t <= CueWindow; t--)
        {
            if (syntax.IsWord(t, "according") && syntax.IsWord(t + 1, "to"))
            {
                return NameAfter(syntax, t + 2, open);
            }

            if (IsSpeechVerb(syntax, t))
            {
                return ForVerb(syntax, start, t, open);
            }

            if (IsLowerCase(syntax, t) && syntax.IsAnyWord(t, SpeechParticiples))
            {
                return SubjectAtStart(syntax, start, t);
            }
        }

        // "A summary of his words: “…”": the words are his, whoever he is (a pronoun for the reader to resolve).
        if (open - 3 >= start && syntax.IsPunctuation(open - 1, ':') && syntax.IsAnyWord(open - 2, WordsNouns) && syntax.IsAnyWord(open - 3, PossessivePronouns))
        {
            return new SpeakerWords(open - 3, open - 2, IsPronoun: true);
        }

        // No verb: "Foreign Minister Radoslaw Sikorski was more direct: “…”" — the clause's subject speaks.
        return syntax.IsPunctuation(open - 1, ':') ? SubjectAtStart(syntax, start, open - 1) : null;
    }

    private static SpeakerWords? ForVerb(ArticleSyntax syntax, int start, int verb, int open)
    {
        if (verb - 1 >= start && syntax.IsAnyWord(verb - 1, PassiveMarkers))
        {
            // "being told, “…”" names no speaker; "being told by Khrenin" does.
            return syntax.IsWord(verb + 1, "by") && verb + 2 < open ? NameAfter(syntax, verb + 2, open) : null;
        }

        var p = verb - 1;
        while (p >= start && IsLowerCase(syntax, p) && (syntax.IsAnyWord(p, Interposed) || EndsInLy(syntax, p)))
        {
            p--;
        }

        if (p >= start && syntax.IsWord(p, "who"))
        {
            // "Khrenin, who told them": the name before the relative pronoun and its comma.
            p--;
            if (p >= start && syntax.IsPunctuation(p, ','))
            {
                p--;
            }

            // "It was Sikorski, the foreign minister, who told MPs": an apposition between commas
            // describes the name before it, which is the speaker.
            if (AppositionBefore(syntax, start, p) is { } name)
            {
                return name;
            }
        }
        else if (p >= start && syntax.IsPunctuation(p, ','))
        {
            // "Khrenin, speaking to the Americans, said": step over the aside to the name before it.
            var q = p - 1;
            while (q >= start && p - q <= CueWindow && !syntax.IsPunctuation(q, ','))
            {
                q--;
            }

            if (q >= start && syntax.IsPunctuation(q, ',') && IsNameRun(syntax, q + 1, p))
            {
                return NameBefore(syntax, q + 1, p); // "Lukashenko’s defence minister, Viktor Khrenin, told": the appositive is the name
            }

            p = q >= start && syntax.IsPunctuation(q, ',') ? q - 1 : start - 1;
        }

        if (p >= start && IsNameToken(syntax, p))
        {
            return NameBefore(syntax, start, p + 1);
        }

        // "said Khrenin: “…”", with nothing naming a speaker before the verb.
        return verb + 1 < open ? NameAfter(syntax, verb + 1, open) : null;
    }

    /// <summary>", the foreign minister" ending at <paramref name="last"/>, after a name: that name.</summary>
    private static SpeakerWords? AppositionBefore(ArticleSyntax syntax, int start, int last)
    {
        var q = last;
        while (q >= start && last - q <= CueWindow && !syntax.IsPunctuation(q, ','))
        {
            q--;
        }

        if (q <= start || !syntax.IsPunctuation(q, ',') || !syntax.IsAnyWord(q + 1, Determiners) || !IsNameToken(syntax, q - 1)
            || !syntax.Tokens[q - 1].Has(TokenFlags.Capitalized))
        {
            return null;
        }

        return NameBefore(syntax, start, q);
    }

    /// <summary>The subject at the start of the clause: "Belarusian Defense Minister Viktor Khrenin welcomed…".</summary>
    private static SpeakerWords? SubjectAtStart(ArticleSyntax syntax, int start, int limit)
    {
        var first = start;
        // Skip what heads a live-blog or Q&A line ("12:30 —", "A:") before its subject.
        // A name before the colon is the speaker ("Tusk: “…”"); a letter is a Q&A label ("A:").
        while (first < limit && (!syntax.Tokens[first].IsWord || (syntax.IsPunctuation(first + 1, ':') && syntax.TextOf(first).Length <= 2)))
        {
            first++;
        }

        if (first >= limit || !syntax.Tokens[first].Has(TokenFlags.Capitalized) || syntax.IsAnyWord(first, Boundaries))
        {
            return null;
        }

        if (syntax.IsAnyWord(first, Pronouns))
        {
            return new SpeakerWords(first, first + 1, IsPronoun: true);
        }

        var end = first + 1;
        while (end < limit && end - first < MaxSpeakerWords && IsCapitalizedName(syntax, end))
        {
            end++;
        }

        return new SpeakerWords(first, end, IsPronoun: false, IsClauseSubject: true);
    }

    /// <summary>The speaker's words ending just before <paramref name="end"/>, read leftwards.</summary>
    private static SpeakerWords? NameBefore(ArticleSyntax syntax, int start, int end)
    {
        var last = end - 1;
        while (last > start && IsLowerCase(syntax, last) && (syntax.IsAnyWord(last, Interposed) || EndsInLy(syntax, last)))
        {
            last--;
        }

        if (syntax.IsAnyWord(last, Pronouns))
        {
            return new SpeakerWords(last, last + 1, IsPronoun: true);
        }

        var first = last;
        if (IsCapitalizedName(syntax, last))
        {
            while (first - 1 >= start && last - first + 1 < MaxSpeakerWords && IsCapitalizedName(syntax, first - 1))
            {
                first--;
            }
        }
        else
        {
            // "the Belarusian defence minister": lower-case words back to their determiner.
            while (first - 1 >= start && last - first + 1 < MaxSpeakerWords && IsNameToken(syntax, first - 1))
            {
                first--;
                if (syntax.IsAnyWord(first, Determiners))
                {
                    break;
                }
            }
        }

        return new SpeakerWords(first, last + 1, IsPronoun: false);
    }

    /// <summary>The speaker's words starting at <paramref name="from"/> ("said the minister", "according to Lukashenko").</summary>
    private static SpeakerWords? NameAfter(ArticleSyntax syntax, int from, int end)
    {
        if (from >= end || !syntax.Tokens[from].IsWord)
        {
            return null;
        }

        if (syntax.IsAnyWord(from, Pronouns))
        {
            return new SpeakerWords(from, from + 1, IsPronoun: true);
        }

        var last = from;
        while (last + 1 < end && last + 1 - from < MaxSpeakerWords && IsNameToken(syntax, last + 1))
        {
            last++;
        }

        return new SpeakerWords(from, last + 1, IsPronoun: false);
    }

    private static bool IsNameRun(ArticleSyntax syntax, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (!IsCapitalizedName(syntax, t))
            {
                return false;
            }
        }

        return end > first;
    }

    /// <summary>A word that can be part of a speaker's name or description, or the hyphen in "Zapad-2025"-style names.</summary>
    private static bool IsNameToken(ArticleSyntax syntax, int t) =>
        syntax.Tokens[t].Kind == TokenKind.Hyphen
        || (syntax.Tokens[t].IsWord && !syntax.IsAnyWord(t, Boundaries) && !IsSpeechVerb(syntax, t) && !syntax.IsAnyWord(t, SpeechParticiples));

    /// <summary>
    /// "of" or "the" inside a capitalised title ("Chief of General Staff Pavel Muraveiko told",
    /// "Chief of the General Staff"): a boundary elsewhere, part of the speaker's description here.
    /// </summary>
    private static bool IsTitleLink(ArticleSyntax syntax, int t) =>
        t > 0 && (syntax.IsWord(t, "of") || syntax.IsWord(t, "the")) && (syntax.Tokens[t - 1].Has(TokenFlags.Capitalized) || syntax.IsWord(t - 1, "of"))
        && t + 1 < syntax.Tokens.Count && (syntax.Tokens[t + 1].Has(TokenFlags.Capitalized) || syntax.IsWord(t + 1, "the"));

    private static bool IsCapitalizedName(ArticleSyntax syntax, int t) =>
        syntax.Tokens[t].Kind == TokenKind.Hyphen
        || (syntax.Tokens[t].Has(TokenFlags.Capitalized) && !syntax.IsAnyWord(t, Boundaries) && !syntax.IsAnyWord(t, Pronouns));

    /// <summary>A speech verb in running text; a capitalised "Told" or "States" is a headline word or a name.</summary>
    private static bool IsSpeechVerb(ArticleSyntax syntax, int t) => IsLowerCase(syntax, t) && syntax.IsAnyWord(t, SpeechVerbs);

    private static bool IsLowerCase(ArticleSyntax syntax, int t) => syntax.Tokens[t].IsWord && !syntax.Tokens[t].Has(TokenFlags.Capitalized);

    private static bool EndsInLy(ArticleSyntax syntax, int t)
    {
        var word = syntax.TextOf(t);
        return word.Length > 4 && word.EndsWith("ly", StringComparison.OrdinalIgnoreCase);
    }
}
