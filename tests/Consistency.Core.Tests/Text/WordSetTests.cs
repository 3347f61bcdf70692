using Consistency.Text;

namespace Consistency.Core.Tests.Text;

/// <summary>The cue-word set must answer exactly as comparing with every word would, by token number or by text.</summary>
public sealed class WordSetTests
{
    private static readonly string[] Words = ["said", "according", "Belarus's", "ıt", "U.S.", "x"];

    [TestCase("said", true)]
    [TestCase("SAID", true)]
    [TestCase("Said", true)]
    [TestCase("sad", false)]
    [TestCase("saids", false)]
    [TestCase("Belarus\u2019s", true)]
    [TestCase("IT", false)] // invariant casing keeps dotless ı apart from I
    [TestCase("u.s.", true)]
    [TestCase("X", true)]
    [TestCase("", false)]
    [TestCase("\u2019", false)]
    public void Matches_as_the_word_comparer_does(string word, bool expected)
    {
        new WordSet(Words).Contains(word).ShouldBe(expected);
        Words.Any(w => w.Length == word.Length && WordComparer.Equal(word, w)).ShouldBe(expected);
    }

    [Test]
    public void Agrees_with_the_word_comparer_on_every_token_of_the_seed_articles()
    {
        var words = Words.Concat(Consistency.Claims.Lexicon.DefaultEditionNouns).ToArray();
        var set = new WordSet(words);
        foreach (var file in Support.Articles.SeedFiles)
        {
            var text = File.ReadAllText(file);
            foreach (var token in Tokenizer.Tokenize(text))
            {
                var word = text.Substring(token.Start, token.Length);
                var expected = words.Any(w => w.Length == word.Length && WordComparer.Equal(word, w));
                set.Contains(word).ShouldBe(expected, word);
            }
        }
    }

    [Test]
    public void A_token_answers_by_its_vocabulary_number_as_by_its_text()
    {
        var words = Words.Concat(Consistency.Claims.Lexicon.DefaultEditionNouns).ToArray();
        var set = new WordSet(words);
        var texts = Support.Articles.SeedFiles.Select(File.ReadAllText)
            .Append("Belarus\u2019s drills, Belarus\u02BCs dri\u00ADlls, the EDITION, \u0131t and U.S. troops");
        foreach (var text in texts)
        {
            var syntax = ArticleSyntax.Parse(new Article("t.txt", text));
            for (var t = 0; t < syntax.Tokens.Count; t++)
            {
                var word = syntax.CleanTextOf(t);
                var expected = syntax.Tokens[t].IsWord && words.Any(w => w.Length == word.Length && WordComparer.Equal(word, w));
                syntax.IsAnyWord(t, set).ShouldBe(expected, word);
            }
        }
    }

    [Test]
    public void An_article_read_before_a_set_was_built_is_matched_by_text()
    {
        // A word no other set holds, so the article's tokens cannot carry its number yet.
        var fresh = "qz" + Guid.NewGuid().ToString("N").Where(char.IsLetter).Aggregate("", (a, c) => a + c);
        var before = ArticleSyntax.Parse(new Article("t.txt", $"They {fresh} it. They {fresh.ToUpperInvariant()} it."));
        before.Tokens[1].WordId.ShouldBe((ushort)0);

        var set = new WordSet(fresh);
        var after = ArticleSyntax.Parse(new Article("t.txt", $"They {fresh} it."));

        before.IsAnyWord(1, set).ShouldBeTrue();
        before.IsAnyWord(5, set).ShouldBeTrue();
        before.IsAnyWord(0, set).ShouldBeFalse();
        after.Tokens[1].WordId.ShouldNotBe((ushort)0);
        after.IsAnyWord(1, set).ShouldBeTrue();
        after.IsAnyWord(0, set).ShouldBeFalse();
    }

    [Test]
    public void An_article_read_before_a_set_was_built_is_stamped_again_once_and_then_answers_by_number()
    {
        // Asking by text at each question made a reader that asks about a sentence at each of its
        // numbers rescan the sentence each time (a first article of 20k numbers: 8 s). Now the
        // tokens are given the new numbers in one pass, and every later question is a bit test.
        var fresh = "qy" + Guid.NewGuid().ToString("N").Where(char.IsLetter).Aggregate("", (a, c) => a + c);
        var syntax = ArticleSyntax.Parse(new Article("t.txt", $"They {fresh} it. Then nothing. They {fresh.ToUpperInvariant()} it."));
        syntax.Tokens[1].WordId.ShouldBe((ushort)0);

        var set = new WordSet(fresh);

        syntax.SentenceHas(0, set).ShouldBeTrue();
        syntax.SentenceHas(1, set).ShouldBeFalse();
        syntax.SentenceHas(2, set).ShouldBeTrue();
        var number = Vocabulary.Current.Find(fresh);
        number.ShouldNotBe((ushort)0);
        syntax.Tokens[1].WordId.ShouldBe(number);
        syntax.Tokens[^3].WordId.ShouldBe(number);
        syntax.IsStampedFor(set).ShouldBeTrue();
    }

    [Test]
    public void The_number_the_tokenizer_stamps_is_the_one_the_vocabulary_gives_the_word()
    {
        _ = new WordSet(Words.Concat(Consistency.Claims.Lexicon.DefaultEditionNouns).Append("e.g."));
        var text = string.Concat(Support.Articles.SeedFiles.Select(File.ReadAllText))
            + " Belarus\u2019s dri\u00ADlls, e.g. the U.S. EDITIONS, \u0131t";
        var syntax = ArticleSyntax.Parse(new Article("t.txt", text));
        var vocabulary = Vocabulary.Current;
        var stamped = 0;
        for (var t = 0; t < syntax.Tokens.Count; t++)
        {
            var expected = syntax.Tokens[t].IsWord ? vocabulary.Find(syntax.CleanTextOf(t)) : (ushort)0;
            syntax.Tokens[t].WordId.ShouldBe(expected, syntax.CleanTextOf(t));
            stamped += expected == 0 ? 0 : 1;
        }

        stamped.ShouldBeGreaterThan(20);
    }
}
