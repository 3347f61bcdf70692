namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP026BorderOrderSignedByKierwinskiTests() : RuleTest(RuleIds.BorderOrderSignedByKierwinski)
{
    [TestCase("Poland shut its crossings with Belarus. The order was signed by Foreign Minister [|Radosław Sikorski|].")]
    [TestCase("The regulation closing the border was signed by [|Donald Tusk|].")]
    [TestCase("The closure took effect at midnight, under an order signed by [|Tusk|].")]
    [TestCase("Crossings closed on Friday. The decree was issued by Prime Minister [|Donald Tusk|].")]
    [TestCase("The border order, signed on Thursday by [|Sikorski|], took effect at midnight.")]
    [TestCase("Tusk said Poland would seal its frontier with Belarus; the closure order, signed by [|Defence Minister|] Władysław Kosiniak-Kamysz, took effect at midnight.")]
    public void Flags_another_signer(string markup) => Verify(markup);

    [TestCase("Poland closed its crossings. The order was signed by Interior Minister Marcin Kierwiński.")]
    [TestCase("Tusk announced the closure of the border.")]
    [TestCase("Lukashenko signed a decree pardoning the prisoners.")]
    [TestCase("The border closure was ordered by the government and signed by Kierwiński.")]
    [TestCase("Coale carried a letter signed by Trump.")]
    [TestCase("The border closure order was signed by the interior minister.")]
    public void Accepts_kierwinski_and_other_orders(string markup) => Verify(markup);
}
