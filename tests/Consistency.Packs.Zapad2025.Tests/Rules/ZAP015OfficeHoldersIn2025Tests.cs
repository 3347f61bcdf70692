namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP015OfficeHoldersIn2025Tests() : RuleTest(RuleIds.OfficeHoldersIn2025)
{
    [TestCase("The [|Biden administration|], pressured by Trump, lifted restrictions on Belavia.")]
    [TestCase("[|President Biden|] eased sanctions on Belavia this week.")]
    [TestCase("The envoy of [|former president|] Donald Trump met Lukashenko.")]
    [TestCase("Now Trump appears to be laying the groundwork. It is about a twice-impeached [|former president|] signalling to Putin.")]
    [TestCase("[|Ex-president|] Trump sent an envoy to Minsk.")]
    [TestCase("Sept. 11 — The [|Biden White House|] eases sanctions on Belavia.")]
    public void Flags_who_held_which_office_wrongly(string markup) => Verify(markup);

    [TestCase("Former president Joe Biden's administration sanctioned Belavia in 2023.")]
    [TestCase("In 2023 the Biden administration sanctioned Belavia.")]
    [TestCase("President Donald Trump sent Coale to Minsk.")]
    [TestCase("The Trump administration eased sanctions on Belavia.")]
    [TestCase("Biden, a former president, said nothing.")]
    [TestCase("Under former president Barack Obama, ties were cold.")]
    public void Accepts_trump_as_president_and_biden_as_former(string markup) => Verify(markup);
}
