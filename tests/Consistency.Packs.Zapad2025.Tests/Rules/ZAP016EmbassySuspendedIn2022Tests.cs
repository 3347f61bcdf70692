namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP016EmbassySuspendedIn2022Tests() : RuleTest(RuleIds.EmbassySuspendedIn2022)
{
    [TestCase("Trump wants to reopen the US Embassy in Minsk, which was closed following the deterioration of relations in the early [|2000s|].")]
    [TestCase("The US Embassy in Minsk, closed in [|2008|] after a diplomatic row, may reopen.")]
    [TestCase("The embassy in Minsk has been shut since [|2019|].")]
    [TestCase("Washington closed its embassy in Belarus in [|2020|].")]
    [TestCase("The U.S. embassy in Minsk was shuttered in [|2014|], officials said.")]
    [TestCase("The American embassy in Minsk has had its operations suspended since [|March 2022|].")]
    public void Flags_another_time_for_the_embassys_closing(string markup) => Verify(markup);

    [TestCase("The US Embassy in Minsk suspended operations in February 2022.")]
    [TestCase("The embassy in Minsk, closed since 2022, may reopen.")]
    [TestCase("The embassy in Minsk closed after Russia's invasion of Ukraine.")]
    [TestCase("Trump wants to reopen the US Embassy in Minsk.")]
    [TestCase("In 2008 Belarus expelled the US ambassador; the embassy in Minsk stayed open until it closed in 2022.")]
    [TestCase("The embassy in Warsaw closed its consular section in 2019.")]
    public void Accepts_2022_and_other_embassies(string markup) => Verify(markup);
}
