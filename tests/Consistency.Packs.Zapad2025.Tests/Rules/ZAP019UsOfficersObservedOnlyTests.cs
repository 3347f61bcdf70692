namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP019UsOfficersObservedOnlyTests() : RuleTest(RuleIds.UsOfficersObservedOnly)
{
    [TestCase("Zapad-2025 opened. The rare US military [|participation|] in Russia-Belarus drills marks a shift.")]
    [TestCase("Two US officers [|took part|] in the Zapad drills.")]
    [TestCase("[|Unprecedented|] US Military Visit Amid Zapad-2025 Exercises")]
    [TestCase("American officers [|participated|] in the Zapad exercises on Monday.")]
    [TestCase("The US officers' [|first-ever|] visit to a Zapad drill surprised NATO.")]
    [TestCase("Zapad-2025 ran until Tuesday. NATO was there. Two US Air Force lieutenant colonels [|participated|] in the drills.")]
    [TestCase("When two American officers turned up on Monday, it was the [|first time|] US military personnel had ever attended a Zapad exercise.")]
    [TestCase("Two US Air Force officers came on Monday. The two Americans then [|joined|] a Belarusian unit for a live-fire episode.")]
    [TestCase("On Monday two American officers [|took part|] in the manoeuvres at the Borisovsky range.")]
    public void Flags_taking_part_and_a_first_visit(string markup) => Verify(markup);

    [TestCase("The US officers' participation in the Zapad drills, albeit as observers, signals a thaw.")]
    [TestCase("The US officers observed the Zapad drills and did not take part.")]
    [TestCase("The visit marks a rare instance of US military engagement at Zapad.")]
    [TestCase("Russian and Belarusian troops took part in the Zapad drills.")]
    [TestCase("It was not the first time US officials attended a Zapad visitor day, and not unprecedented.")]
    [TestCase("The US officers watched the Zapad drills; Belarusian conscripts took part.")]
    [TestCase("Did US officers take part in the Zapad exercise? No.")]
    [TestCase("It was the first time since the 2022 invasion that US officers attended Russian-Belarusian drills.")]
    [TestCase("For the first time in years, US officers were seen at a Belarusian range.")]
    [TestCase("Two US Air Force officers came on Monday. The two Americans watched from a stand.")]
    [TestCase("Corrections and clarifications\n\nThe same report described the two US officers as taking part in the drills. They observed and did not take part.")]
    [TestCase("US officers took part in NATO exercises in Poland last spring.")]
    public void Accepts_observing_and_others_taking_part(string markup) => Verify(markup);
}
