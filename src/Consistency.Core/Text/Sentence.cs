using Microsoft.CodeAnalysis.Text;

namespace Consistency.Text;

/// <summary>A sentence (or headline, or bullet line): its tokens, its span, and the paragraph it belongs to.</summary>
public readonly record struct Sentence(int Index, int FirstToken, int TokenCount, TextSpan Span, int Paragraph)
{
    /// <summary>The sentence ends with a question mark: it asks, and asserts nothing.</summary>
    public bool IsQuestion { get; init; }

    /// <summary>One past the last token of the sentence.</summary>
    public int EndToken => FirstToken + TokenCount;
}
