using Consistency.Text;

namespace Consistency.Core.Tests.Text;

/// <summary>The prefiltered cue-word set must answer exactly as comparing with every word would.</summary>
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
}
