using Consistency.Text;
using Microsoft.CodeAnalysis.Text;

namespace Consistency.Core.Tests.Text;

/// <summary>Line and column as compilers report them: 1-based, columns in UTF-16 code units, any line ending.</summary>
public sealed class LineColumnTests
{
    private static LineSpan At(string text, string needle)
    {
        var start = text.IndexOf(needle, StringComparison.Ordinal);
        return new Article("t.txt", text).GetLineSpan(new TextSpan(start, needle.Length));
    }

    [TestCase("a\nb\nXY", 3, 1)]
    [TestCase("a\r\nb\r\nXY", 3, 1)]
    [TestCase("a\rb\rXY", 3, 1)]
    [TestCase("a\r\nb\nc\rXY", 4, 1)]
    [TestCase("a\n\r\nXY", 3, 1)]
    [TestCase("a\u2028XY", 2, 1)]
    [TestCase("ab XY", 1, 4)]
    public void Lines_end_at_LF_CRLF_lone_CR_and_Unicode_separators(string text, int line, int column)
    {
        var at = At(text, "XY");
        (at.StartLine, at.StartColumn).ShouldBe((line, column));
        (at.EndLine, at.EndColumn).ShouldBe((line, column + 2));
    }

    [Test]
    public void An_emoji_counts_two_columns_as_in_compilers_and_SARIF()
    {
        At("\U0001F600 XY", "XY").StartColumn.ShouldBe(4);
    }

    [Test]
    public void A_decoded_byte_order_mark_is_not_part_of_the_text()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF, (byte)'X', (byte)'Y' };
        var article = Consistency.Analysis.ArticleLoader.Decode("t.txt", bytes).Article!;
        article.Text.ShouldBe("XY");
        article.GetLineSpan(new TextSpan(0, 2)).ShouldBe(new LineSpan(1, 1, 1, 3));
    }
}
