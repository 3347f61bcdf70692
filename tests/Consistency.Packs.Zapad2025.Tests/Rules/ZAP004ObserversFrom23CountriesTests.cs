using Consistency.Rules;

namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP004ObserversFrom23CountriesTests() : RuleTest(RuleIds.ObserversFrom23Countries)
{
    [TestCase("Observers from [|32|] countries watched the Zapad drills.")]
    [TestCase("Delegations of [|twenty|] nations attended the visitor day.")]
    [TestCase("Military attachés of [|30|] states watched the drills at Borisov.")]
    [TestCase("Representatives from [|more than 40|] countries were present.")]
    [TestCase("The ministry counted observers from [|twenty-five|] foreign countries.")]
    [TestCase("Observers came from [|a dozen|] countries.")]
    public void Flags_another_count_of_observer_countries(string markup) => Verify(markup);

    [TestCase("Observers from 23 countries, including NATO ally Turkey, watched.")]
    [TestCase("Delegations from twenty-three nations attended the visitor day.")]
    [TestCase("Representatives of 23 states watched the drills near Barysaw.")]
    [TestCase("Observers from nearly two dozen countries were at Borisovsky.")]
    [TestCase("Over 100 representatives from 55 countries attended events in Russia.")]
    [TestCase("Belarus invited observers from 40 countries.")]
    [TestCase("The observers left at 23:00 after the drills.")]
    [TestCase("Observers returned on Sept 23 to the training ground.")]
    [TestCase("NATO has 32 member countries.")]
    [TestCase("Moscow's separate tallies for events in Russia — 25 foreign delegations, and over 100 representatives from 55 countries — should not be read as attendance at Borisovsky.")]
    [TestCase("Observers from twenty-three states watched. Among the guests were representatives of three NATO member states.")]
    [TestCase("Fact check\n3. \"55 countries watched the drills in Belarus.\"\nVerdict: False. Belarus counted 23 at the Borisovsky ground.")]
    [TestCase("Russia's separate tally of over 100 representatives from 55 countries referred to events in Russia and is not the Borisovsky figure.")]
    public void Accepts_23_and_counts_of_other_things(string markup) => Verify(markup);

    [TestCase("Belarus's Defence Ministry now says observers from [|25|] countries are at the range.", Severity.Warning)]
    [TestCase("Observers from [|25|] countries attended, Lithuania said.", Severity.Info)]
    [TestCase("Observers from [|25|] countries attended.", Severity.Error)]
    [TestCase("Russia says more than 100 representatives from [|55|] countries watched the drills at the Borisovsky ground.", Severity.Warning)]
    public void Misquoting_the_source_of_the_count_is_a_warning_and_another_party_a_note(string markup, Severity severity) =>
        Verify(markup).Single(d => d.Id == RuleId).Severity.ShouldBe(severity);

    [TestCase("Observers from 22 other countries joined the US officers.")]
    [TestCase("Russia counted over 100 representatives from 55 countries at events on its side of the border.")]
    [TestCase("Foreign observers from 23 countries, including three NATO member states, attended the visitors' day.")]
    [TestCase("A quick correction to an earlier post: we wrote that observers from 55 countries were at the Borisovsky range on Monday. It was 23.")]
    public void Accepts_the_others_beside_one_named(string markup) => Verify(markup);
}
