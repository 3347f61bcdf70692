namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP007AttributedTroopFiguresTests() : RuleTest(RuleIds.AttributedTroopFigures)
{
    [TestCase("Zapad-2025 is smaller. Putin said [|150,000|] troops took part across the whole exercise.")]
    [TestCase("Zapad-2025 is smaller. Lithuania says [|50,000|] troops took part in total.")]
    [TestCase("Zapad-2025 is smaller. Germany's Gen. Carsten Breuer estimated [|about 30,000|] troops in Belarus.")]
    [TestCase("Zapad-2025 is smaller. According to Lithuanian intelligence, [|20,000|] soldiers are in Belarus.")]
    [TestCase("Zapad-2025 is smaller. Belarus said [|15,000|] troops would take part.")]
    [TestCase("Zapad-2025 is smaller. Russian President Vladimir Putin, visiting Mulino on Tuesday, said [|200,000|] servicemen took part.")]
    [TestCase("Zapad-2025 is smaller. Vilnius estimates that [|up to 45,000|] soldiers took part in total.")]
    [TestCase("Zapad-2025 used 7,000 troops in Belarus. Lithuania put the figure at up to 30,000, while Gen. Carsten Breuer reckoned [|some 20,000|] were in Belarus.")]
    [TestCase("Zapad 2025 drew wide estimates. Minsk says up to 7,000 troops on Belarusian soil. Lithuanian intelligence puts the total at up to 30,000. Germany's Gen. Breuer estimated [|about 30,000|] in Belarus alone.")]
    [TestCase("Zapad-2025 is smaller. Lithuanian intelligence expects [|up to 50,000|] troops in total.")]
    [TestCase("Zapad-2025 troops: Lithuania expects up to 30,000 in total, about 8,000 of them in Belarus, including [|about 4,000|] Russians.")]
    [TestCase("Zapad-2025 troops. General Breuer has put the number of troops in Belarus at [|about 30,000|].")]
    [TestCase("Zapad-2025 troops. General Breuer has put the number in Belarus at [|about 30,000|], with a separate force training in Russia.")]
    public void Flags_a_figure_its_party_did_not_give(string markup) => Verify(markup);

    [TestCase("Zapad-2025 is smaller. Putin said 100,000 troops took part across the whole exercise.")]
    [TestCase("Zapad-2025 is smaller. According to Lithuania, up to 30,000 troops take part.")]
    [TestCase("Zapad-2025 is smaller. Lithuania says only 8,000 troops are in Belarus, including 2,000 Russians.")]
    [TestCase("Zapad-2025 is smaller. Belarus said about 7,000 troops were involved on its territory.")]
    [TestCase("Zapad-2025 is smaller. Breuer estimated about 13,000 troops in Belarus and 30,000 in Russia.")]
    [TestCase("Zapad-2025 is smaller. Analysts say 40,000 troops took part.")]
    [TestCase("Zapad-2021 was huge. Russia's Defence Ministry said about 200,000 personnel took part.")]
    [TestCase("Zapad-2025 is smaller. According to Lithuania, up to 30,000 took part in total, about 8,000 of them in Belarus.")]
    [TestCase("Zapad 2025 troops: Germany's Gen. Breuer estimated about 13,000 troops in Belarus, while Vladimir Putin, visiting the Mulino training ground today, spoke of 100,000 across the whole exercise.")]
    [TestCase("Other parties gave very different figures: Belarus said up to 7,000 in Belarus, Lithuania up to 30,000 in total.")]
    [TestCase("Zapad-2025 troops: Lithuania expects up to 30,000 in total, about 8,000 of them in Belarus, including about 2,000 Russians.")]
    [TestCase("Zapad-2025 troops. Belarus said up to 7,000 in Belarus, Lithuania up to 30,000 in total.")]
    [TestCase("Zapad-2025 troops. General Breuer has put the number of troops in Belarus at about 13,000.")]
    [TestCase("Zapad-2025 troops. General Breuer has put the number in Belarus at about 13,000, with a separate force of 30,000 training in Russia.")]
    public void Accepts_each_partys_own_figure_and_unknown_parties(string markup) => Verify(markup);
}
