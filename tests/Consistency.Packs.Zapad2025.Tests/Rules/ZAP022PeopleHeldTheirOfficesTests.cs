namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP022PeopleHeldTheirOfficesTests() : RuleTest(RuleIds.PeopleHeldTheirOffices)
{
    [TestCase("The order was signed by [|Interior Minister|] Radosław Sikorski.")]
    [TestCase("The visitors were greeted by Valery Revenko, [|Chief of the General Staff|], and by Khrenin.")]
    [TestCase("[|Defence Minister|] Pavel Muraveiko led the briefing.")]
    [TestCase("Marcin Kierwiński, [|Poland's foreign minister|], signed it.")]
    [TestCase("[|Belarusian President|] Viktor Khrenin welcomed the officers.")]
    [TestCase("Maria Zakharova, [|the Polish prime minister|], spoke.")]
    [TestCase("Official representative of [|the Russian Defense Ministry|] Maria Zakharova called the steps \"confrontational\".")]
    [TestCase("[|Kremlin spokeswoman|] Maria Zakharova called the steps confrontational.")]
    [TestCase("Marcin Kierwiński is [|Poland's foreign minister|].")]
    [TestCase("A caption called Marcin Kierwiński the defence minister. He is [|Poland's foreign minister|].")]
    public void Flags_a_person_given_another_office(string markup) => Verify(markup);

    [TestCase("Foreign Minister Radosław Sikorski said it was no mistake.")]
    [TestCase("Belarus's defence minister, Viktor Khrenin, greeted them.")]
    [TestCase("US President Donald Trump's envoy John Coale met Lukashenko.")]
    [TestCase("Former president Joe Biden stayed silent.")]
    [TestCase("Chief of General Staff Pavel Muraveiko attended.")]
    [TestCase("Coale, who met President Lukashenko, carried a letter.")]
    [TestCase("Prime Minister Donald Tusk met the interior minister and Kierwiński's staff.")]
    [TestCase("Valery Revenko, an aide to the defence minister, posted a photo.")]
    [TestCase("Vice President JD Vance was not there.")]
    [TestCase("Khrenin, Revenko and Muraveiko watched together.")]
    [TestCase("Aide to the Defence Minister Valery Revenko said the guests saw the troops at work.")]
    [TestCase("When John Coale, President Donald Trump's envoy, met Lukashenko, he carried a letter.")]
    [TestCase("It followed the visit of John Coale, envoy of US Secretary of State Marco Rubio.")]
    [TestCase("Belarusian Defence Ministry official Valery Revenko greeted the officers.")]
    [TestCase("Kremlin spokesman Dmitry Peskov said nothing.")]
    [TestCase("Marcin Kierwiński is Poland's interior minister.")]
    [TestCase("Kierwiński is not the foreign minister.")]
    [TestCase("Khrenin met Sikorski. He is the defence minister.")]
    public void Accepts_the_right_offices_and_titles_it_does_not_know(string markup) => Verify(markup);
}
