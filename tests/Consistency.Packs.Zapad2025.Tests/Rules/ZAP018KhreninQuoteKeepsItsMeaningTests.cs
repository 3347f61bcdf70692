namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP018KhreninQuoteKeepsItsMeaningTests() : RuleTest(RuleIds.KhreninQuote)
{
    [TestCase("Khrenin told the US officers: “[|We will show you nothing beyond the program|]. There is no need to go there or talk to people.”")]
    [TestCase("“We'll show you whatever you're interested in. [|You cannot|] go and see for yourselves or talk to people,” Khrenin told them.")]
    [TestCase("“[|We will not|] show you whatever you want. You can go and see, talk to people,” he said.")]
    [TestCase("“We will show whatever is of interest for you. [|There is no|] need to go there and see or talk to people,” Khrenin said.")]
    [TestCase("Defence Minister Viktor Khrenin greeted them: \"[|We won't|] show you anything you are interested in. You can't go and see, talk to people.\"")]
    [TestCase("“[|You will never|] see whatever you want,” Khrenin told the Americans.")]
    [TestCase("“Whatever you want, [|we will show you nothing|]. You can go there and see, talk to people,” Khrenin said.")]
    [TestCase("Video released by the ministry shows Defence Minister Viktor Khrenin welcoming the pair, then adding: “You may watch from here. [|Do not|] go and speak to people.”")]
    [TestCase("“You can go there. [|You cannot|] talk to people,” Khrenin said.")]
    [TestCase("“We will show you whatever you want — [|but not|] the missile sites,” Khrenin said.")]
    [TestCase("“We will show you whatever is of interest to you, [|within the limits of the programme|]. You can go there and see, talk to people,” Khrenin said.")]
    [TestCase("“We will show you what we have [|decided to show you, and nothing|] more. You can go and see, talk to people,” Khrenin told them.")]
    [TestCase("“We will show you whatever you want. You can go and look around, [|but please don't|] talk to the soldiers,” Khrenin said.")]
    [TestCase("“We will show you [|only|] what is of interest for you. You can go there and see, talk to people,” Khrenin said.")]
    [TestCase("Defence Minister Viktor Khrenin greeted them: “We will show you what we consider [|appropriate. Please do not|] go off on your own or talk to people.”")]
    [TestCase("President Alexander Lukashenko greeted the guests. [|He|] told them: \"We will show you whatever you are interested in. You can go and see, talk to people.\"")]
    public void Flags_a_rendering_whose_meaning_is_changed(string markup) => Verify(markup);

    [TestCase("[|Lukashenko|] said: “We will show you whatever you are interested in. You can go, look around, talk to people.”")]
    [TestCase("“We will show whatever is of interest for you. Whatever you want. You can go there and see, talk to people,” Chief of [|General Staff Pavel Muraveiko|] told them.")]
    [TestCase("“We'll show you whatever you're interested in, whatever you want. You can go and see for yourself, talk to people,” [|Lukashenko|] said.")]
    [TestCase("“We will show whatever is of interest for you. Whatever you want. You can go there and see, talk to people,” according to [|Lukashenko|].")]
    [TestCase("17:25 — [|President Alexander Lukashenko|] told the American officers: “We will show you anything you are interested in. Go and see for yourselves, talk to people.”")]
    [TestCase("“We will show you whatever you want,” said [|Vladimir Putin|].")]
    [TestCase("[|Major General Valery Revenko|], greeting the officers: “We'll show you anything that interests you. You can go over there and see.”")]
    [TestCase("Defence Minister Viktor Khrenin greeted the guests. He told them: \"We will show you whatever you are interested in. You can go and see, talk to people.\"")]
    [TestCase("Lukashenko and Khrenin greeted the guests. He told them: \"We will show you whatever you are interested in. You can go and see, talk to people.\"")]
    public void Flags_the_words_given_to_another_speaker(string markup) => Verify(markup);

    [TestCase("[|Lukashenko|] told them: “[|We will show you nothing|]. You can go there and see, talk to people.”")]
    public void Flags_both_a_changed_meaning_and_another_speaker(string markup) => Verify(markup);

    [TestCase("Defence Minister Viktor Khrenin told the Americans: “We will show whatever is of interest for you. Whatever you want. You can go there and see, talk to people.”")]
    [TestCase("“We'll show you whatever you're interested in, whatever you want. You can go and see for yourself, talk to people,” Khrenin said.")]
    [TestCase("The officers thanked Khrenin and were told, “We will show you whatever you are interested in. You can go, look around, talk to people.”")]
    [TestCase("Belarusian Defense Minister Viktor Khrenin welcomed the Americans personally, telling them they could “see whatever you want” as they toured the grounds.")]
    [TestCase("Khrenin, who told them: \"We'll show you anything that interests you, anything you like. You can go over there, see for yourselves and talk to people.\"")]
    [TestCase("12:30 — Defence Minister Viktor Khrenin, greeting the officers: “We’ll show you whatever you’re interested in — whatever you want. Go and have a look for yourselves, talk to people.”")]
    public void Accepts_translations_that_keep_the_meaning(string markup) => Verify(markup);

    [TestCase("Khrenin told them they would be shown whatever interested them and could go and see for themselves and talk to people.")]
    [TestCase("“We have nothing to hide,” Khrenin insisted. “We are only preparing to defend our country.”")]
    [TestCase("Defence Minister Viktor Khrenin said the opposite. The Moscow Times rendered it: “We'll show you whatever you're interested in, whatever you want. You can go and see for yourself, talk to people.”")]
    [TestCase("Khrenin welcomed them. Reuters translated his words as: “We will show whatever is of interest for you. Whatever you want. You can go there and see, talk to people.”")]
    [TestCase("“We don’t want wars or conflicts,” Lukashenko said. “But if forced, we will react.”")]
    [TestCase("“We will not show our weakness,” Khrenin said.")]
    [TestCase("“We will show you whatever you want. You can go and see, talk to people. We are not threatening anyone,” Khrenin said.")]
    [TestCase("“No, it wasn’t a mistake,” Sikorski said, and Putin added that people can go and see for themselves.")]
    [TestCase("“We will show you everything, we have nothing to hide. You can go and see, talk to people,” Khrenin said.")]
    [TestCase("“Look, we are not interested in war,” Lukashenko said.")]
    [TestCase("“Whatever happens, we will not go to war,” Lukashenko said.")]
    [TestCase("“We will show you everything. Come and see,” Putin said at Mulino.")]
    [TestCase("“We must go to the border and talk to people there. Do not go alone,” Tusk said.")]
    [TestCase("“We will not go to war, but we are ready to talk,” Khrenin said.")]
    [TestCase("“You can go there and talk to people,” Khrenin said.")]
    public void Accepts_quotes_that_are_not_these_words(string markup) => Verify(markup);

    [TestCase("“We will show you whatever you are interested in, whatever you want. You can go and see for yourselves, talk to people,” he said.")]
    [TestCase("The Belarusian Defence Ministry said: “We will show you whatever you want. You can go and see, talk to people.”")]
    [TestCase("Minsk told the officers: “We will show you whatever you are interested in.”")]
    [TestCase("“We will show whatever is of interest for you,” a spokesman said.")]
    [TestCase("The footage showed the officers being told, “You can go and see whatever you want.”")]
    [TestCase("Lukashenko’s defence minister, Viktor Khrenin, told them: “We will show you whatever you want. You can go and see, talk to people.”")]
    public void Accepts_a_speaker_it_cannot_name_or_Khrenins_own_ministry(string markup) => Verify(markup);
}
