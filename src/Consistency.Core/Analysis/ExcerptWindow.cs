using Microsoft.CodeAnalysis.Text;

namespace Consistency.Analysis;

/// <summary>
/// What of a sentence a finding shows as its excerpt. A sentence of ordinary length is shown whole;
/// a longer one (a 100 KB line with no full stop) is cut to a window around the words at fault, at
/// word boundaries where it can be, with "…" where it was cut. Ten thousand findings in one such
/// line each copied the whole line (2.1 GB for a 110 KB line); a window keeps every excerpt small.
/// </summary>
public static class ExcerptWindow
{
    /// <summary>Sentences up to this many characters are shown whole (every sentence of the seeds and the corpus is).</summary>
    public const int WholeSentenceLimit = 600;

    /// <summary>How much of a longer sentence is kept on each side of the words at fault.</summary>
    public const int Margin = 200;

    /// <summary>Stands for the text cut away.</summary>
    public const string Ellipsis = "…";

    /// <summary>The excerpt of <paramref name="sentence"/> for the words at <paramref name="words"/>: its text, the article span it shows, and how many characters of ellipsis come before that text.</summary>
    public static (string Text, TextSpan Span, int Lead) Of(string articleText, TextSpan sentence, TextSpan words)
    {
        ArgumentNullException.ThrowIfNull(articleText);
        if (sentence.Length <= WholeSentenceLimit)
        {
            return (articleText.Substring(sentence.Start, sentence.Length), sentence, 0);
        }

        var start = Math.Max(sentence.Start, words.Start - Margin);
        var end = Math.Min(sentence.End, words.End + Margin);
        // Moved to a word boundary only where the sentence is really cut: its own ends stay where they are.
        start = start > sentence.Start ? AfterSpace(articleText, start, words.Start) : start;
        end = end < sentence.End ? BeforeSpace(articleText, end, words.End) : end;
        var cutBefore = start > sentence.Start;
        var cutAfter = end < sentence.End;
        var text = (cutBefore ? Ellipsis : "") + articleText[start..end] + (cutAfter ? Ellipsis : "");
        return (text, TextSpan.FromBounds(start, end), cutBefore ? Ellipsis.Length : 0);
    }

    /// <summary>The start moved forward past the next space, so the window does not open mid-word (unless no space comes before the words).</summary>
    private static int AfterSpace(string text, int start, int limit)
    {
        for (var i = start; i < limit; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i + 1;
            }
        }

        return start;
    }

    /// <summary>The end moved back to the last space, so the window does not close mid-word (unless no space follows the words).</summary>
    private static int BeforeSpace(string text, int end, int limit)
    {
        for (var i = end - 1; i >= limit; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return end;
    }
}
