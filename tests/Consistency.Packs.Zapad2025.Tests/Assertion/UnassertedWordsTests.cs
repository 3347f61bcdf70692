using Consistency.Testing;

namespace Consistency.Packs.Zapad2025.Tests.Assertion;

/// <summary>
/// Words an article repeats without asserting them are no contradiction, whichever rule would
/// otherwise report them: denials, indirect questions, correction notes, banners, negations.
/// Each case names the rule that flags the same words when they are asserted.
/// </summary>
public sealed class UnassertedWordsTests
{
    private static readonly Zapad2025Pack Pack = new();

    [TestCase(RuleIds.PreviousEditionWas2021, "It is not true that the last Zapad was held in 2022.")]
    [TestCase(RuleIds.PreviousEditionWas2021, "Moscow denied that the previous Zapad took place in 2022.")]
    [TestCase(RuleIds.PreviousEditionWas2021, "Claims that the previous edition was in 2022 are false, the ministry said.")]
    [TestCase(RuleIds.PreviousEditionWas2021, "The claim that the previous Zapad was held in 2022 is false.")]
    [TestCase(RuleIds.PreviousEditionWas2021, "There was no Zapad in 2022; the last edition was in 2021.")]
    [TestCase(RuleIds.ObserversFrom23Countries, "Reporters asked whether observers came from 32 countries.")]
    [TestCase(RuleIds.ObserversFrom23Countries, "It was unclear whether observers from 30 countries had arrived.")]
    [TestCase(RuleIds.ObserversFrom23Countries, "Correction: an earlier version of this article said observers came from 32 countries. They came from 23.")]
    [TestCase(RuleIds.ObserversFrom23Countries, "An earlier version of this story misstated that observers came from 32 countries; the figure is 23.")]
    [TestCase(RuleIds.ObserversFrom23Countries, "Posts online falsely claimed that observers from 40 countries attended.")]
    [TestCase(RuleIds.ObserversFrom23Countries, "The ministry dismissed reports of observers from 40 countries.")]
    [TestCase(RuleIds.PreviousEditionWas2021, "Protesters held a banner reading “Remember Zapad 2022, the previous Zapad”.")]
    [TestCase(RuleIds.FiftyTwoPrisonersFreed, "Rumours that 80 prisoners had been freed proved baseless.")]
    [TestCase(RuleIds.EventsOnTheirDays, "It is not true, as some posts claimed, that the drills began on 10 September.")]
    [TestCase(RuleIds.RomanianDroneNotDowned, "Claim: “Romania shot down a Russian drone at the weekend.”")]
    [TestCase(RuleIds.EditionYears, "Viral post: Zapad-2022 was the launchpad for the invasion.")]
    [TestCase(RuleIds.UsOfficersObservedOnly, "The claim: “It was the first time the US had ever been at Zapad.”")]
    public void Leaves_alone_words_the_article_does_not_assert(string ruleId, string text) => RuleVerifier.Verify(Pack, ruleId, text);

    [TestCase(RuleIds.PreviousEditionWas2021, "The previous Zapad, in [|2022|], was not a small affair.")]
    [TestCase(RuleIds.ObserversFrom23Countries, "Not only the Americans came: observers from [|32|] countries attended.")]
    [TestCase(RuleIds.ObserversFrom23Countries, "The ministry did not hide its pride: observers from [|32|] countries attended.")]
    [TestCase(RuleIds.ObserversFrom23Countries, "Not twenty, but observers from [|30|] countries attended.")]
    [TestCase(RuleIds.PreviousEditionWas2021, "The previous Zapad was held in [|2022|], an edition the ministry never denied.")]
    [TestCase(RuleIds.ObserversFrom23Countries, "Observers came from [|32|] countries, a figure nobody disputed.")]
    public void Still_reports_what_the_article_asserts_beside_a_negation(string ruleId, string markup) => RuleVerifier.Verify(Pack, ruleId, markup);
}
