namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP020Zapad81TroopsTests() : RuleTest(RuleIds.Zapad81Troops)
{
    [TestCase("The brand goes back to the Soviet Zapad-81, which in 1981 put [|some 15,000|] troops in the field.")]
    [TestCase("Zapad-81 mobilised [|50,000|] soldiers across the western USSR.")]
    [TestCase("In 1981 the Soviet drills drew [|1.5 million|] servicemen.")]
    [TestCase("The Soviet exercise of 1981 involved [|a million|] troops.")]
    [TestCase("Historians recall the Soviet Zapad of 1981 and its [|15,000|] troops.")]
    public void Flags_another_size_for_zapad_81(string markup) => Verify(markup);

    [TestCase("The Soviet Zapad-81, held in 1981, involved about 150,000 troops.")]
    [TestCase("Some 150,000 soldiers took part in the Soviet exercise of 1981.")]
    [TestCase("Zapad-81 put 150,000 troops in the field.")]
    [TestCase("Zapad-2021 drew some 200,000 troops, Russia said.")]
    [TestCase("The Soviet army kept 30,000 troops in reserve.")]
    [TestCase("Unlike Zapad-81, Zapad-2021 involved 200,000 troops.")]
    public void Accepts_its_size_and_other_exercises(string markup) => Verify(markup);
}
