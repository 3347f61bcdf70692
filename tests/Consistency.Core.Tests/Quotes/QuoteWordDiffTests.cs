using Consistency.Rules.Kinds.Quotes;

namespace Consistency.Core.Tests.Quotes;

/// <summary>Two renderings of a quote aligned word by word, written as git's plain word diff.</summary>
public sealed class QuoteWordDiffTests
{
    [TestCase("We will show you whatever you want.", "We will show you nothing.", "we will show you [-whatever you want-] {+nothing+}")]
    [TestCase("We'll show you whatever you want.", "We will show you whatever you want.", "we will show you whatever you want")]
    [TestCase("You can go and see.", "You can't go and see.", "you can {+not+} go and see")]
    [TestCase("see whatever you want", "We will show you whatever you want", "[-see-] {+we will show you+} whatever you want")]
    [TestCase("", "talk to people", "{+talk to people+}")]
    public void Shows_what_only_one_rendering_has_and_leaves_shared_words_as_they_are(string from, string to, string expected) =>
        QuoteWordDiff.Format(ComparableWords.Read(from), ComparableWords.Read(to)).ShouldBe(expected);

    [Test]
    public void Contractions_and_curly_apostrophes_are_the_same_words()
    {
        QuoteWordDiff.Same(ComparableWords.Read("We’ll show you whatever you’re interested in"), ComparableWords.Read("We will show you whatever you are interested in")).ShouldBeTrue();
        QuoteWordDiff.Same(ComparableWords.Read("We will show you"), ComparableWords.Read("We will show")).ShouldBeFalse();
    }
}
