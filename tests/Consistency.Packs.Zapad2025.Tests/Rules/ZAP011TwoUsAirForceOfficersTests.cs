namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP011TwoUsAirForceOfficersTests() : RuleTest(RuleIds.TwoUsAirForceOfficers)
{
    [TestCase("[|Three|] U.S. officers watched the drills.")]
    [TestCase("Two US [|Army|] officers toured the ground.")]
    [TestCase("[|Four|] American military attachés attended.")]
    [TestCase("The two U.S. [|Navy|] officers declined to speak.")]
    [TestCase("[|A dozen|] US officers were there.")]
    [TestCase("Two U.S. [|Marine Corps|] officers, both lieutenant colonels, attended.")]
    public void Flags_another_number_or_service(string markup) => Verify(markup);

    [TestCase("Two US Air Force officers attended.")]
    [TestCase("Two American officers shook hands with Khrenin.")]
    [TestCase("The two U.S. officers declined to talk to reporters.")]
    [TestCase("Three Russian officers briefed them.")]
    [TestCase("Two lieutenant colonels, both US defence attachés, watched.")]
    [TestCase("The Russian Army officers stayed behind.")]
    public void Accepts_two_air_force_officers_and_other_officers(string markup) => Verify(markup);
}
