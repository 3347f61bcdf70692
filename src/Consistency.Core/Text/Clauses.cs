namespace Consistency.Text;

/// <summary>
/// Clauses inside a sentence: the stretch of tokens around a word, bounded by semicolons, colons,
/// dashes, quotation marks, contrastive conjunctions ("while", "but") and ", and". Rules and readers
/// ask about clauses because one sentence often holds two statements ("NATO meets every year, while
/// Zapad comes round every four years").
/// </summary>
public static class Clauses
{
    private static readonly WordSet ClauseWords = new(["while", "whereas", "but", "although", "though", "unlike"]);

    /// <summary>The clause holding <paramref name="at"/>, as [First, End) token indices inside <paramref name="sentence"/>.</summary>
    public static (int First, int End) ClauseAround(this ArticleSyntax syntax, Sentence sentence, int at)
    {
        ArgumentNullException.ThrowIfNull(syntax);

        // Rules ask for the clause of each word they meet, in order: the clause found last answers
        // every later word inside it, so a clause of thousands of findings is walked once, not per finding.
        if (syntax.LastClause is { } last && last.First <= at && at < last.End && last.First >= sentence.FirstToken && last.End <= sentence.EndToken)
        {
            return (last.First, last.End);
        }

        var first = at;
        while (first > sentence.FirstToken && !IsBoundary(syntax, sentence, first - 1))
        {
            first--;
        }

        var end = at;
        while (end < sentence.EndToken && !IsBoundary(syntax, sentence, end))
        {
            end++;
        }

        if (end > at)
        {
            syntax.LastClause = new TokenRange(first, end);
        }

        return (first, end);
    }

    /// <summary>
    /// "Zapad-2013: held from 20 to 26 September 2013": a short label before a colon that opens the
    /// sentence names what the clause after it tells of, so the clause reaches back over it.
    /// </summary>
    public static int WithLabel(this ArticleSyntax syntax, Sentence sentence, int first)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        // Four tokens outside brackets: "- Zapad-2017 (14–20 September 2017):" is a label with its dates.
        // "14–20 September 2017 – Zapad-2017; officially 12,700 troops": a name alone before a semicolon
        // heads what follows as a colon would; a longer stretch before one is a statement of its own.
        const int LongestLabel = 4;
        const int LongestSemicolonLabel = 3;
        var semicolon = first - 1 > sentence.FirstToken && syntax.IsPunctuation(first - 1, ';');
        if (first - 1 <= sentence.FirstToken || !(syntax.IsPunctuation(first - 1, ':') || semicolon))
        {
            return first;
        }

        if (semicolon)
        {
            // The label starts after the sentence's last dash before it (a timeline entry's date) or at its start.
            var start = first - 1;
            while (start > sentence.FirstToken && syntax.Tokens[start - 1].Kind is not TokenKind.Dash)
            {
                start--;
            }

            if (first - 1 - start > LongestSemicolonLabel || first - 1 - start == 0)
            {
                return first;
            }

            for (var t = start; t < first - 1; t++)
            {
                if (IsBoundary(syntax, sentence, t) || syntax.IsPunctuation(t, ','))
                {
                    return first;
                }
            }

            return start;
        }

        var outside = 0;
        var depth = 0;
        for (var t = sentence.FirstToken; t < first - 1; t++)
        {
            if (syntax.IsPunctuation(t, '(') || syntax.IsPunctuation(t, ')'))
            {
                depth += syntax.IsPunctuation(t, '(') ? 1 : -1;
                continue;
            }

            if (depth == 0 && (++outside > LongestLabel || (IsBoundary(syntax, sentence, t) && syntax.Tokens[t].Kind is not TokenKind.Dash)))
            {
                return first;
            }
        }

        return sentence.FirstToken;
    }

    /// <summary>Whether the token bounds a clause (see <see cref="ClauseAround"/>).</summary>
    public static bool IsBoundary(ArticleSyntax syntax, Sentence s, int t) =>
        (syntax.Tokens[t].Kind is TokenKind.Dash && !IsRangeDash(syntax, s, t)) || syntax.Tokens[t].Kind is TokenKind.OpenQuote
        || (syntax.Tokens[t].Kind is TokenKind.CloseQuote && !IsPluralPossessive(syntax, t))
        || syntax.IsPunctuation(t, ';') || syntax.IsPunctuation(t, ':') || syntax.IsAnyWord(t, ClauseWords)
        || (syntax.IsWord(t, "and") && t > s.FirstToken && syntax.IsPunctuation(t - 1, ',') && !(t + 1 < s.EndToken && syntax.IsAnyWord(t + 1, Prepositions)));

    /// <summary>"the night of 10–11 September", "12–16 September": a dash between two numbers joins a range, it does not part clauses.</summary>
    private static bool IsRangeDash(ArticleSyntax syntax, Sentence s, int t) =>
        t > s.FirstToken && t + 1 < s.EndToken && syntax.Tokens[t - 1].IsNumber && syntax.Tokens[t + 1].IsNumber
        && syntax.Tokens[t].IsAttached && syntax.Tokens[t + 1].IsAttached;

    /// <summary>", and on the Baltic Sea", ", and in Russia": a phrase after ", and" that opens with a preposition goes on with the clause before it.</summary>
    private static readonly WordSet Prepositions = new(["in", "on", "at", "into", "across", "near", "over"]);

    /// <summary>"the officers’ visit": an apostrophe closing a plural, not a quotation.</summary>
    private static bool IsPluralPossessive(ArticleSyntax syntax, int t) =>
        t > 0 && syntax.Tokens[t].IsAttached && syntax.Tokens[t - 1].IsWord && syntax.Text[syntax.Tokens[t].Start] is '\u2019' or '\''
        && syntax.Text[syntax.Tokens[t - 1].End - 1] is 's' or 'S';
}
