using Microsoft.CodeAnalysis.Text;

namespace Consistency.Text;

/// <summary>
/// Groups tokens into sentences. News text breaks the textbook rules, so this follows what articles
/// hold: headlines and bullets without a full stop (a line break ends them), abbreviations
/// ("U.S.", "Sept.", "Lt. Col."), a full stop with no space after it ("drills.The"), and quotes
/// that close after the full stop.
/// </summary>
public static class SentenceSegmenter
{
    public static Sentence[] Segment(string text, ReadOnlySpan<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>(tokens.Length / 16 + 1);
        var paragraph = 0;
        var first = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var next = i + 1;
            bool ends;
            if (tokens[i].Kind == TokenKind.Terminal)
            {
                // Closing quotes and brackets after the full stop belong to the sentence it ends.
                while (next < tokens.Length && tokens[next].IsAttached && IsCloser(text, tokens[next]))
                {
                    next++;
                }

                ends = next >= tokens.Length
                    || (EndsAtTerminal(text, tokens, i) && BreaksBefore(text, tokens, i, next))
                    || EndsAtLineBreak(text, tokens, next);
            }
            else
            {
                // Nearly every token is followed on the same line and is not an acronym: both are
                // settled here, before calling the tests that look further.
                ends = next >= tokens.Length
                    || (tokens[next].Has(TokenFlags.LineBreakBefore) && EndsAtLineBreak(text, tokens, next))
                    || (tokens[i].IsWord && text[tokens[i].End - 1] == '.' && EndsAtAcronym(text, tokens, i));
            }

            if (!ends)
            {
                continue;
            }

            i = next - 1;
            Add(sentences, text, tokens, first, next, paragraph);
            if (next < tokens.Length && tokens[next].Has(TokenFlags.LineBreakBefore))
            {
                paragraph++;
            }

            first = next;
        }

        return sentences.ToArray();
    }

    private static void Add(List<Sentence> sentences, string text, ReadOnlySpan<Token> tokens, int first, int end, int paragraph)
    {
        while (first < end && tokens[first].Kind == TokenKind.Bullet)
        {
            first++;
        }

        if (first >= end)
        {
            return;
        }

        var span = TextSpan.FromBounds(tokens[first].Start, tokens[end - 1].End);
        sentences.Add(new Sentence(sentences.Count, first, end - first, span, paragraph) { IsQuestion = EndsWithQuestionMark(text, tokens, first, end) });
    }

    /// <summary>"… in the U.S. The talks …": an acronym's own full stop ends the sentence before a typical opener.</summary>
    private static bool EndsAtAcronym(string text, ReadOnlySpan<Token> tokens, int i)
    {
        var token = tokens[i];
        if (!token.IsWord || text[token.End - 1] != '.' || i + 1 >= tokens.Length)
        {
            return false;
        }

        var following = tokens[i + 1];
        return following.IsWord && following.Has(TokenFlags.SpaceBefore)
            && Abbreviations.IsSentenceOpener(text.AsSpan(following.Start, following.Length));
    }

    private static bool EndsWithQuestionMark(string text, ReadOnlySpan<Token> tokens, int first, int end)
    {
        for (var k = end - 1; k >= first; k--)
        {
            if (tokens[k].Kind == TokenKind.Terminal)
            {
                return text.AsSpan(tokens[k].Start, tokens[k].Length).Contains('?');
            }

            if (!IsCloser(text, tokens[k]))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsCloser(string text, Token token) =>
        token.Kind == TokenKind.CloseQuote || (token.Kind == TokenKind.Punctuation && text[token.Start] is ')' or ']');

    /// <summary>Whether a terminal token really ends a sentence, rather than an abbreviation's full stop.</summary>
    private static bool EndsAtTerminal(string text, ReadOnlySpan<Token> tokens, int i)
    {
        var terminal = tokens[i];
        if (terminal.Kind != TokenKind.Terminal)
        {
            return false;
        }

        if (text[terminal.Start] != '.' || terminal.Length > 1 || i == 0 || !tokens[i - 1].IsWord || !terminal.IsAttached)
        {
            return true;
        }

        var word = text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length);
        var isInitial = word.Length == 1 && char.IsUpper(word[0]);
        return !isInitial && !Abbreviations.IsTitleOrShortForm(word);
    }

    /// <summary>Whether what follows the terminal (at <paramref name="next"/>) can start a new sentence.</summary>
    private static bool BreaksBefore(string text, ReadOnlySpan<Token> tokens, int i, int next)
    {
        if (next >= tokens.Length)
        {
            return true;
        }

        var following = tokens[next];
        if (following.Has(TokenFlags.LineBreakBefore))
        {
            return true;
        }

        if (!following.Has(TokenFlags.SpaceBefore))
        {
            // "drills.The visit": only a capitalised word after a real word's full stop starts a sentence.
            return following.IsWord && following.Has(TokenFlags.Capitalized) && i > 0 && tokens[i - 1].IsWord && tokens[i - 1].Length > 1
                && text[tokens[i].Start] == '.' && !Abbreviations.IsTitleOrShortForm(text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length));
        }

        // Lower-case after a full stop is an abbreviation we did not know ("approx. five").
        return !(following.IsWord && char.IsLower(text[following.Start]));
    }

    /// <summary>Headlines, bylines and bullets end at the line break; hard-wrapped prose continues in lower case.</summary>
    private static bool EndsAtLineBreak(string text, ReadOnlySpan<Token> tokens, int next)
    {
        if (next >= tokens.Length || !tokens[next].Has(TokenFlags.LineBreakBefore))
        {
            return false;
        }

        if (tokens[next].Has(TokenFlags.BlankLineBefore) || tokens[next].Kind == TokenKind.Bullet)
        {
            return true;
        }

        var previous = tokens[next - 1];
        var continues = previous.Kind is TokenKind.Hyphen || (previous.Kind == TokenKind.Punctuation && text[previous.Start] == ',');
        return !continues && !(tokens[next].IsWord && char.IsLower(text[tokens[next].Start]));
    }
}
