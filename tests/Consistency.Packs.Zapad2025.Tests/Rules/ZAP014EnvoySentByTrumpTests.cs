namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP014EnvoySentByTrumpTests() : RuleTest(RuleIds.EnvoySentByTrump)
{
    [TestCase("John Coale, an envoy of President [|Biden|], met Lukashenko.")]
    [TestCase("[|Vance's|] envoy John Coale arrived in Minsk.")]
    [TestCase("Coale, representing [|Rubio|], handed over a letter.")]
    [TestCase("Coale, sent to Minsk by Vice President [|JD Vance|], met Lukashenko.")]
    [TestCase("[|Biden|] envoy John Coale met the Belarusian leader.")]
    public void Flags_another_sender(string markup) => Verify(markup);

    [TestCase("Trump envoy John Coale traveled to Minsk.")]
    [TestCase("John Coale, representing Trump, met Lukashenko.")]
    [TestCase("Coale, an envoy of President Donald Trump, arrived in the capital.")]
    [TestCase("Coale met Lukashenko while Putin watched the drills.")]
    [TestCase("Coale, Trump's envoy, said the embassy could reopen, as Rubio had hinted.")]
    public void Accepts_trumps_envoy(string markup) => Verify(markup);
}
