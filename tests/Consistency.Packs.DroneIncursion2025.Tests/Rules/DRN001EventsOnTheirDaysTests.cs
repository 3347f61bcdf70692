namespace Consistency.Packs.DroneIncursion2025.Tests.Rules;

public sealed class DRN001EventsOnTheirDaysTests() : RuleTest(RuleIds.EventsOnTheirDays)
{
    [TestCase("Poland invoked Article 4 on [|Thursday|] after the drones were shot down.")]
    [TestCase("NATO launched Eastern Sentry on [|15 September|].")]
    [TestCase("Russian drones entered Polish airspace on [|Sunday|] night.")]
    [TestCase("Four airports were closed on [|Friday|] as jets scrambled.")]
    [TestCase("Rutte announced Eastern Sentry on [|Monday|] in Brussels.")]
    [TestCase("Warsaw requested consultations under Article 4 on [|September 14|].")]
    public void Flags_an_event_on_another_day(string markup) => Verify(markup);

    [TestCase("Poland invoked Article 4 on Wednesday.")]
    [TestCase("NATO launched Eastern Sentry on Friday.")]
    [TestCase("Russian drones entered Polish airspace overnight on Tuesday.")]
    [TestCase("The airports were closed on Wednesday, 10 September.")]
    [TestCase("Rutte announced Eastern Sentry on 12 September in Brussels.")]
    [TestCase("On Saturday, Polish officials briefed reporters on the debris.")]
    public void Accepts_the_right_days_and_undated_events(string markup) => Verify(markup);
}
