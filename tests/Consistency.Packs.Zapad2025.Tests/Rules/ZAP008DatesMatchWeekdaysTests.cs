namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP008DatesMatchWeekdaysTests() : RuleTest(RuleIds.DatesMatchWeekdays)
{
    [TestCase("On [|Sunday, Sept. 15|], US officers arrived.")]
    [TestCase("The drills began on [|Saturday 12 September|].")]
    [TestCase("Coale was in Minsk on [|Tuesday, Sept. 11|].")]
    [TestCase("It happened on [|Wednesday, September 9, 2025|].")]
    [TestCase("By [|Monday 16th September|] it was over.")]
    public void Flags_a_weekday_that_is_not_the_dates(string markup) => Verify(markup);

    [TestCase("The drills began on Friday, Sept. 12.")]
    [TestCase("US officers visited on Monday 15 September 2025.")]
    [TestCase("Coale was in Minsk on Thursday, September 11.")]
    [TestCase("Zapad-2021 began on Friday, September 10, 2021.")]
    [TestCase("It ended on Tuesday 16 September, a week after the drones.")]
    [TestCase("Drones came overnight on 9-10 September, a Tuesday into Wednesday.")]
    public void Accepts_dates_with_their_own_weekday(string markup) => Verify(markup);
}
