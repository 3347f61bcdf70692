namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP029StatkevichStayedTests() : RuleTest(RuleIds.StatkevichStayed)
{
    [TestCase("Among those released was opposition figure Mikalai Statkevich, who [|crossed into|] Lithuania with the others.")]
    [TestCase("Statkevich was [|taken to|] Vilnius with the other 51.")]
    [TestCase("Mikalai Statkevich [|arrived in|] Lithuania on Thursday evening.")]
    [TestCase("Belarus [|deported|] Statkevich along with the others.")]
    [TestCase("The veteran opposition leader Nikolai Statkevich was [|driven to|] the Lithuanian border and crossed with the group.")]
    [TestCase("Statkevich [|went to|] Vilnius, where he met reporters.")]
    [TestCase("Of the 52 freed, Mikalai Statkevich was the best known; he [|crossed into|] Lithuania with the rest of the group.")]
    [TestCase("Among those who [|crossed the border|] was veteran opposition politician Mikalai Statkevich.")]
    public void Flags_statkevich_leaving_with_the_others(string markup) => Verify(markup);

    [TestCase("Mikalai Statkevich refused to leave.")]
    [TestCase("The 52 were taken to Lithuania; Statkevich stayed behind.")]
    [TestCase("Statkevich did not cross into Lithuania.")]
    [TestCase("The freed prisoners were driven to Vilnius. Statkevich, however, refused to go.")]
    [TestCase("Statkevich has been in prison since 2020.")]
    [TestCase("Statkevich was among those pardoned, but he refused to be taken to Lithuania.")]
    [TestCase("Of the 52 freed on 11 September and taken to Lithuania, opposition veteran Mikalai Statkevich was the best known, and he refused to leave.")]
    public void Accepts_him_staying_and_the_others_going(string markup) => Verify(markup);
}
