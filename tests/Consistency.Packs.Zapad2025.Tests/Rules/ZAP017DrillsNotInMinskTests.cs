namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP017DrillsNotInMinskTests() : RuleTest(RuleIds.DrillsNotInMinsk)
{
    [TestCase("US Air Force officers attended joint Russia-Belarus military drills [|in Minsk|].")]
    [TestCase("The main Zapad exercises held [|in Minsk|] drew observers.")]
    [TestCase("Zapad war games [|in Minsk|] this week alarmed Warsaw.")]
    [TestCase("Zapad-2025 began on Friday. The drills [|in Minsk|], on Monday, drew US officers.")]
    [TestCase("Russia and Belarus staged their exercises [|in Minsk|] as observers watched.")]
    [TestCase("Zapad-2025 drew observers. At the drills [|in the Belarusian capital|], Minsk, they met Khrenin.")]
    [TestCase("Visitor day at the Borisovsky training ground [|on the outskirts of Minsk|] drew the Zapad-2025 observers.")]
    [TestCase("The Zapad drills held [|in the suburbs of Minsk|] drew observers.")]
    [TestCase("Observers watched Zapad-2025 at a range [|on the edge of Minsk|].")]
    public void Flags_drills_placed_in_the_city(string markup) => Verify(markup);

    [TestCase("The Zapad drills near Barysaw drew observers.")]
    [TestCase("The drills at the Borisovsky training ground in the Minsk region drew observers.")]
    [TestCase("The Zapad exercises, northeast of Minsk, drew observers.")]
    [TestCase("Coale met Lukashenko in Minsk on Thursday.")]
    [TestCase("US Military Presence at Russia-Belarus Drills Signals Tense Shift in Minsk Relations")]
    [TestCase("After the Zapad drills, talks in Minsk resumed.")]
    [TestCase("Zapad-2025 ended. The convergence of military, diplomatic, and political maneuvers in Minsk is more than a headline.")]
    [TestCase("Was the Zapad drill staged in Minsk? Not in the city.")]
    [TestCase("Protesters gathered on the outskirts of Minsk as the Zapad drills went on near Barysaw.")]
    [TestCase("Corrections\n\nAn article on Tuesday said the drills were held in the city of Minsk. They were not.")]
    public void Accepts_the_real_site_and_other_things_in_minsk(string markup) => Verify(markup);
}
