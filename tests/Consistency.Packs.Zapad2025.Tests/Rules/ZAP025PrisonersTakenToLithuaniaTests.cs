namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP025PrisonersTakenToLithuaniaTests() : RuleTest(RuleIds.PrisonersTakenToLithuania)
{
    [TestCase("The freed prisoners were brought to [|Poland|] by bus.")]
    [TestCase("52 detainees were released and taken to [|Latvia|].")]
    [TestCase("Once freed, the prisoners were driven into [|Poland|] under US escort.")]
    [TestCase("The released inmates were transferred to [|Ukraine|] the same evening.")]
    [TestCase("The prisoners, freed on Thursday, were handed to [|Polish|] border guards.")]
    public void Flags_another_destination(string markup) => Verify(markup);

    [TestCase("The freed prisoners were taken to Lithuania.")]
    [TestCase("The released detainees were driven to Vilnius.")]
    [TestCase("Prisoners were freed after Coale's trip to Minsk.")]
    [TestCase("The freed prisoners thanked the United States for its help.")]
    [TestCase("Belarus freed 52 prisoners; Poland reopened its border to trade later.")]
    [TestCase("Also circulating: posts saying Mikalai Statkevich is in Vilnius. He refused to leave Belarus when 52 prisoners were freed on 11 September.")]
    public void Accepts_lithuania_and_other_places(string markup) => Verify(markup);
}
