namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP046DrillsRunningDayTests() : RuleTest(RuleIds.DrillsRunningDay)
{
    [TestCase("Drills go on\nBORISOV, Belarus, Sept 15 (Wire) - Troops drilled as the Zapad 2025 exercises entered their [|third day|].")]
    [TestCase("Drills go on\nMINSK, Saturday 13 September 2025 -\nThe drills, now in their [|third day|], moved north.")]
    [TestCase("Drills go on\nMonday 15 September 2025\nZapad-2025 is in its [|second day|] and the guns are loud.")]
    [TestCase("Drills go on\nVILNIUS, 16 September 2025 -\nOn the [|fourth day|] of the exercise, Putin flew to Mulino.")]
    [TestCase("Drills go on\nVILNIUS, Sept. 12 (Agency) -\nThe manoeuvres are in their [|2nd day|].")]
    public void Flags_another_running_day(string markup) => Verify(markup);

    [TestCase("Drills go on\nBORISOV, Belarus, Sept 15 (Wire) - Troops drilled as the Zapad 2025 exercises entered their fourth day.")]
    [TestCase("Drills go on\nMINSK, Friday 12 September 2025 -\nOn the first day of Zapad-2025 the troops moved.")]
    [TestCase("The drills entered their third day near Barysaw.")]
    [TestCase("Drills go on\nMINSK, 15 September 2025 -\nIn 2021 Zapad-2021 was in its third day when the guests came.")]
    [TestCase("Looking back\nWARSAW, 12 October 2025 -\nThe exercise entered its third day with a missile launch.")]
    [TestCase("Drills go on\nMINSK, 15 September 2025 -\nPoland's border closure is in its fourth day.")]
    public void Accepts_the_right_day_and_days_it_cannot_date(string markup) => Verify(markup);
}
