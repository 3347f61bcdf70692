using Consistency.Text;

namespace Consistency.Core.Tests.Text;

/// <summary>Where sentences end in the text news articles really hold.</summary>
public sealed class SentenceSegmenterTests
{
    private static string[] Sentences(string text)
    {
        var syntax = ArticleSyntax.Parse(new Article("t.txt", text));
        return syntax.Sentences.Select(s => text.Substring(s.Span.Start, s.Span.Length)).ToArray();
    }

    [TestCase("Officers from the U.S. attended the drills. They left on Monday.", "Officers from the U.S. attended the drills.")]
    [TestCase("The drills began Sept. 12 near Borisov. They ended later.", "The drills began Sept. 12 near Borisov.")]
    [TestCase("Lt. Col. Smith watched. Others did not.", "Lt. Col. Smith watched.")]
    [TestCase("Gen. Breuer spoke. He warned NATO.", "Gen. Breuer spoke.")]
    public void Abbreviations_do_not_end_a_sentence(string text, string first)
    {
        Sentences(text)[0].ShouldBe(first);
        Sentences(text).Length.ShouldBe(2);
    }

    [Test]
    public void An_acronym_at_the_end_of_a_sentence_ends_it_before_a_typical_opener()
    {
        Sentences("The talks were held in the U.S. The next round is in Minsk.").ShouldBe(
            ["The talks were held in the U.S.", "The next round is in Minsk."]);
    }

    [Test]
    public void Headlines_and_bullets_without_a_full_stop_end_at_the_line_break()
    {
        Sentences("Zapad drills begin\n\n\u2022 Troops arrive\n\u2022 Observers watch\nThe drills began.").ShouldBe(
            ["Zapad drills begin", "Troops arrive", "Observers watch", "The drills began."]);
    }

    [Test]
    public void A_full_stop_without_a_space_before_a_capital_ends_a_sentence()
    {
        Sentences("The troops ended the drills.The visit followed.").ShouldBe(["The troops ended the drills.", "The visit followed."]);
    }

    [Test]
    public void Quotes_closing_after_the_full_stop_belong_to_the_sentence_they_close()
    {
        Sentences("He said: \u201CThe drills are over.\u201D Then he left.").ShouldBe(
            ["He said: \u201CThe drills are over.\u201D", "Then he left."]);
        Sentences("He said: \"The drills are over.\" Then he left.").ShouldBe(
            ["He said: \"The drills are over.\"", "Then he left."]);
    }

    [Test]
    public void Hard_wrapped_prose_continues_across_a_line_break()
    {
        Sentences("The drills were held\nnear the border.").ShouldBe(["The drills were held\nnear the border."]);
        Sentences("The drills were held\r\nnear the border.").ShouldBe(["The drills were held\r\nnear the border."]);
    }

    [Test]
    public void Sentences_are_in_order_and_never_overlap()
    {
        var text = File.ReadAllText(Support.Articles.SeedFiles[0]);
        var syntax = ArticleSyntax.Parse(new Article("t.txt", text));
        var end = 0;
        foreach (var s in syntax.Sentences)
        {
            s.Span.Start.ShouldBeGreaterThanOrEqualTo(end);
            end = s.Span.End;
        }

        syntax.Sentences.Count.ShouldBeGreaterThan(5);
    }
}
