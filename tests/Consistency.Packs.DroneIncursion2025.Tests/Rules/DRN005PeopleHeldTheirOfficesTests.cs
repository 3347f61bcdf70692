namespace Consistency.Packs.DroneIncursion2025.Tests.Rules;

public sealed class DRN005PeopleHeldTheirOfficesTests() : RuleTest(RuleIds.PeopleHeldTheirOffices)
{
    [TestCase("[|Prime Minister|] Karol Nawrocki called an emergency meeting.")]
    [TestCase("[|President|] Donald Tusk told parliament the drones were shot down.")]
    [TestCase("[|Secretary General|] Alexus Grynkewich announced the operation.")]
    [TestCase("Mark Rutte, [|Supreme Allied Commander Europe|], spoke in Brussels.")]
    [TestCase("[|Prime Minister|] Mark Rutte called the incursion reckless.")]
    public void Flags_a_person_given_another_office(string markup) => Verify(markup);

    [TestCase("Prime Minister Donald Tusk called an emergency meeting.")]
    [TestCase("NATO Secretary General Mark Rutte announced Eastern Sentry.")]
    [TestCase("Gen. Alexus Grynkewich, Supreme Allied Commander Europe, spoke in Brussels.")]
    [TestCase("President Karol Nawrocki met Tusk twice on Wednesday.")]
    [TestCase("Foreign Minister Radosław Sikorski spoke at the UN.")]
    public void Accepts_the_right_offices_and_unknown_ones(string markup) => Verify(markup);
}
