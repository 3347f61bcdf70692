namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP021OsceNotificationTests() : RuleTest(RuleIds.OsceNotification)
{
    [TestCase("Minsk notified the OSCE of [|some 13,000|] troops.")]
    [TestCase("The OSCE notification listed [|20,000|] servicemen.")]
    [TestCase("Belarus formally notified [|13,000|] personnel to the OSCE last month.")]
    [TestCase("In its OSCE notification, Minsk gave [|30,000|] troops.")]
    [TestCase("Belarus says it notified the OSCE of [|12,000|] soldiers.", Description = "Belarus is the source: a misquote of it is a warning")]
    public void Flags_another_figure_given_as_notified(string markup) => Verify(markup);

    [TestCase("Belarus notified the OSCE of about 6,850 troops.")]
    [TestCase("Up to 7,000 troops take part, Minsk told the OSCE.")]
    [TestCase("About 13,000 troops had been planned before the OSCE notification.")]
    [TestCase("Lithuania says 30,000 troops, far more than the OSCE was told.")]
    [TestCase("Some 13,000 soldiers were initially planned for the drills.")]
    [TestCase("Belarus had invited far more states: all 56 participants in the OSCE Vienna Document plus 25 others, and notified 6,850 troops.")]
    public void Accepts_the_notified_figure_and_other_counts(string markup) => Verify(markup);
}
