namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP011TwoUsAirForceOfficersTests() : RuleTest(RuleIds.TwoUsAirForceOfficers)
{
    [TestCase("[|Three|] U.S. officers watched the drills.")]
    [TestCase("Two US [|Army|] officers toured the ground.")]
    [TestCase("[|Four|] American military attachés attended.")]
    [TestCase("The two U.S. [|Navy|] officers declined to speak.")]
    [TestCase("[|A dozen|] US officers were there.")]
    [TestCase("Two U.S. [|Marine Corps|] officers, both lieutenant colonels, attended.")]
    [TestCase("Khrenin greeted the two Americans, both US Air Force [|majors|].")]
    [TestCase("Among the guests were two officers of the US [|Army|], both lieutenant colonels.")]
    [TestCase("Two American [|captains|] watched the drills.")]
    [TestCase("[|One|] US officer attended the drills.")]
    public void Flags_another_number_or_service(string markup) => Verify(markup);

    [TestCase("Two US Air Force officers attended.")]
    [TestCase("Two American officers shook hands with Khrenin.")]
    [TestCase("The two U.S. officers declined to talk to reporters.")]
    [TestCase("Three Russian officers briefed them.")]
    [TestCase("Two lieutenant colonels, both US defence attachés, watched.")]
    [TestCase("The Russian Army officers stayed behind.")]
    [TestCase("Both US officers were lieutenant colonels serving as defence attachés.")]
    [TestCase("The two Americans, both lieutenant-colonels of the US Air Force, watched.")]
    [TestCase("Russian majors and captains briefed the guests.")]
    [TestCase("The US Army has no role in Belarus, a spokesman said.")]
    [TestCase("Lt. Col. Smith was one of two US officers at the range.")]
    public void Accepts_two_air_force_officers_and_other_officers(string markup) => Verify(markup);
}
