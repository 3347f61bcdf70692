using Consistency.Text;

namespace Consistency.Core.Tests.Text;

/// <summary>The sentences a reader visits must be exactly those holding one of its cue words.</summary>
public sealed class SentencesWithTests
{
    private static readonly WordSet Cues = new("every", "annual", "Zapad's");

    private static List<int> ByTesting(ArticleSyntax syntax, WordSet words) =>
        [.. Enumerable.Range(0, syntax.Sentences.Count).Where(s =>
            Enumerable.Range(syntax.Sentences[s].FirstToken, syntax.Sentences[s].EndToken - syntax.Sentences[s].FirstToken).Any(t => syntax.IsAnyWord(t, words)))];

    [Test]
    public void Lists_each_sentence_holding_a_cue_once_in_text_order()
    {
        var syntax = ArticleSyntax.Parse(new Article("t.txt",
            "Held EVERY four years. Nothing here. Every year, every time. An annual drill. Zapad\u2019s cadence. No."));
        syntax.SentencesWith(Cues).ShouldBe([0, 2, 3, 4]);
    }

    [Test]
    public void Agrees_with_testing_every_token_of_the_seed_articles()
    {
        // Built before the articles are read, so the index answers (not the text fallback).
        var words = new WordSet("said", "Zapad", "drills", "the", "Belarus's");
        foreach (var file in Support.Articles.SeedFiles)
        {
            var syntax = ArticleSyntax.Parse(new Article(file, File.ReadAllText(file)));
            syntax.IsStampedFor(words).ShouldBeTrue();
            syntax.SentencesWith(words).ShouldBe(ByTesting(syntax, words), file);
        }
    }

    [Test]
    public void Sets_of_few_and_many_words_agree_with_testing_every_token()
    {
        // Each set is one bit of the sentences' cue masks, whatever its size.
        var few = new WordSet("said", "Zapad", "the", "Belarus's");
        var many = new WordSet(Enumerable.Range(0, 40).Select(i => "filler" + (char)('a' + (i % 26)) + (char)('a' + (i / 26))).Concat(["said", "Zapad", "the"]));
        foreach (var file in Support.Articles.SeedFiles)
        {
            var syntax = ArticleSyntax.Parse(new Article(file, File.ReadAllText(file)));
            foreach (var words in new[] { few, many })
            {
                syntax.SentencesWith(words).ShouldBe(ByTesting(syntax, words), file);
            }
        }
    }

    [Test]
    public void Two_articles_asked_in_turn_on_one_thread_each_get_their_own_answer()
    {
        var first = ArticleSyntax.Parse(new Article("a.txt", "Nothing. It is annual."));
        var second = ArticleSyntax.Parse(new Article("b.txt", "Every year. Nothing. Nothing."));
        for (var round = 0; round < 3; round++)
        {
            first.SentencesWith(Cues).ShouldBe([1]);
            second.SentencesWith(Cues).ShouldBe([0]);
        }
    }

    [Test]
    public void A_set_that_takes_its_bit_after_the_article_was_first_asked_is_still_found()
    {
        // Both sets exist before the article is read, but the second asks for its sentence bit only
        // after the article's masks were made for the first: the masks are made again.
        var first = new WordSet("cadence", "annual");
        var second = new WordSet("drills", "manoeuvres");
        var syntax = ArticleSyntax.Parse(new Article("t.txt", "Its cadence is set. The drills ran. Nothing. Annual manoeuvres."));
        syntax.SentencesWith(first).ShouldBe([0, 3]);
        syntax.SentencesWith(second).ShouldBe([1, 3]);
        syntax.SentenceHas(2, first).ShouldBeFalse();
        syntax.SentenceHas(3, second).ShouldBeTrue();
        syntax.SentenceHasNumber(0).ShouldBeFalse();
    }

    [Test]
    public void Sentences_with_digits_are_marked_as_holding_a_number()
    {
        var syntax = ArticleSyntax.Parse(new Article("t.txt", "About 7,000 troops. Seven thousand troops. In 2021."));
        Enumerable.Range(0, 3).Select(syntax.SentenceHasNumber).ShouldBe([true, false, true]);
    }

    [Test]
    public void A_set_built_after_the_article_was_read_is_found_by_text()
    {
        var fresh = "qx" + Guid.NewGuid().ToString("N").Where(char.IsLetter).Aggregate("", (a, c) => a + c);
        var syntax = ArticleSyntax.Parse(new Article("t.txt", $"Nothing. A {fresh} here. Nothing."));
        syntax.SentencesWith(new WordSet(fresh)).ShouldBe([1]);
    }
}
