namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP013FiftyTwoPrisonersFreedTests() : RuleTest(RuleIds.FiftyTwoPrisonersFreed)
{
    [TestCase("Lukashenko released [|42|] political prisoners.")]
    [TestCase("The release of [|25|] detainees followed.")]
    [TestCase("Belarus freed [|fifty|] prisoners on Thursday.")]
    [TestCase("Minsk pardoned [|more than 60|] prisoners.")]
    [TestCase("[|Twelve|] detainees were freed and taken to Lithuania.")]
    [TestCase("In June, Minsk released [|16|] prisoners including Siarhei Tsikhanouski.")]
    [TestCase("In December, Belarus freed [|100|] prisoners.")]
    [TestCase("After Coale's visit, Belarus freed [|53|] prisoners.")]
    public void Flags_another_number_freed(string markup) => Verify(markup);

    [TestCase("52 political prisoners were freed.")]
    [TestCase("The release of fifty-two detainees followed the visit.")]
    [TestCase("Among the 52 freed were 14 foreign nationals.")]
    [TestCase("In December, 123 prisoners were freed in a separate release.")]
    [TestCase("Lukashenko agreed to free 52 prisoners, among them journalists.")]
    [TestCase("About 1,100 political prisoners remain in Belarusian jails.")]
    [TestCase("In June, Minsk released 14 prisoners including Siarhei Tsikhanouski.")]
    [TestCase("After Kellogg's visit, 14 prisoners were freed.")]
    public void Accepts_52_and_other_prisoner_counts(string markup) => Verify(markup);
}
