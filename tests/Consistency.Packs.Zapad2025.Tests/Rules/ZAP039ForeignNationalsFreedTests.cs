namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP039ForeignNationalsFreedTests() : RuleTest(RuleIds.ForeignNationalsFreed)
{
    [TestCase("Fifty-two prisoners are freed, [|24|] of them foreign nationals.")]
    [TestCase("The 52 released prisoners included [|20|] foreigners.")]
    [TestCase("Belarus freed 52 detainees, among them [|ten|] foreign nationals.")]
    [TestCase("Of the prisoners released on Thursday, [|30|] were foreign nationals.")]
    [TestCase("Belarus pardoned 52 prisoners, [|16|] of whom were foreign nationals.")]
    [TestCase("52 prisoners were freed on Thursday. Lithuanian officials said [|18|] of them were foreign nationals.")]
    public void Flags_another_figure(string markup) => Verify(markup);

    [TestCase("52 prisoners were freed, 14 of them foreign nationals.")]
    [TestCase("The released prisoners included 14 foreigners.")]
    [TestCase("In June, 14 prisoners were freed, including Tsikhanouski.")]
    [TestCase("Belarus freed 52 prisoners on Thursday.")]
    [TestCase("The 52 freed prisoners were taken to Lithuania; 14 of them were foreign nationals.")]
    public void Accepts_the_figure_and_other_counts(string markup) => Verify(markup);
}
