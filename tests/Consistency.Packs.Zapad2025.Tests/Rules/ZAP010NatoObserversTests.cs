namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP010NatoObserversTests() : RuleTest(RuleIds.NatoObservers)
{
    [TestCase("Delegations from 23 countries, including NATO members Turkey and [|France|], watched.")]
    [TestCase("Observers from 23 countries were there. The NATO members among them were the United States, Türkiye and [|Germany|].")]
    [TestCase("Observers included NATO allies [|Poland|] and Hungary.")]
    [TestCase("Military attachés of NATO member [|Italy|] attended.")]
    [TestCase("Representatives of 23 states, including NATO countries Hungary and [|Canada|], were present.")]
    [TestCase("On Monday, 23 nations had observers at Borisovsky. NATO was represented by the US, Türkiye and [|Slovakia|].")]
    [TestCase("Observers from 23 countries attended the visitor day. NATO members present: the United States, Turkey and [|Germany|].")]
    public void Flags_another_nato_member_among_the_observers(string markup) => Verify(markup);

    [TestCase("Delegations from 23 countries, including NATO members Turkey and Hungary, watched.")]
    [TestCase("Observers from 23 countries, including NATO ally Türkiye, were there.")]
    [TestCase("Belarus invited observers from nine NATO members, including Poland.")]
    [TestCase("NATO allies Poland and Lithuania closed their borders as observers arrived.")]
    [TestCase("The U.S., Turkey and Hungary were the NATO members among the observers.")]
    [TestCase("Observers came. More than 30 military attachés were accredited, nine of them from NATO countries; Poland, Lithuania and Latvia declined.")]
    [TestCase("Observers from NATO countries watched; Poland and Lithuania closed their borders.")]
    public void Accepts_the_three_and_nato_members_in_other_roles(string markup) => Verify(markup);

    [TestCase("According to TASS, observers came from NATO members Turkey and {|ZAP010:Germany|}.")]
    public void Reports_the_tass_list_as_a_note(string markup) =>
        Consistency.Testing.RuleVerifier.Verify(new Zapad2025Pack(), RuleId, markup).Single().Severity.ShouldBe(Consistency.Rules.Severity.Info);

    [TestCase("On Monday, Belarus said observers from 23 countries were at the Borisovsky range, among them NATO members the US, Turkey and {|ZAP010:Germany|}.")]
    [TestCase("Observers came from NATO members Turkey and {|ZAP010:Germany|}, the Belarusian Defence Ministry said.")]
    public void Misquoting_the_belarusian_list_is_a_warning(string markup) =>
        Consistency.Testing.RuleVerifier.Verify(new Zapad2025Pack(), RuleId, markup).Single().Severity.ShouldBe(Consistency.Rules.Severity.Warning);
}
