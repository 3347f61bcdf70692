namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP047ClosureAnnouncedByTuskTests() : RuleTest(RuleIds.ClosureAnnouncedByTusk)
{
    [TestCase("The closure was announced on Tuesday by Foreign Minister [|Radosław Sikorski|].")]
    [TestCase("Poland's border closure was announced by [|Marcin Kierwiński|] on 9 September.")]
    [TestCase("The closing of the crossings, announced by the [|interior minister|], took effect at midnight.")]
    [TestCase("Poland shut its frontier with Belarus. The move was declared by [|Defence Minister|] Władysław Kosiniak-Kamysz.")]
    [TestCase("The border closure was announced by [|Lukashenko|], Minsk claimed.")]
    public void Flags_another_announcer(string markup) => Verify(markup);

    [TestCase("The closure was announced on Tuesday by Prime Minister Donald Tusk.")]
    [TestCase("The border closure was announced by the prime minister.")]
    [TestCase("Eastern Sentry was announced by NATO on Friday.")]
    [TestCase("The prisoner release was announced by Lukashenko's office.")]
    [TestCase("Tusk announced the closure of the crossings on 9 September.")]
    [TestCase("The closure, announced by Polish premier Donald Tusk, began at midnight.")]
    [TestCase("Poland closed all crossings, an order signed by Interior Minister Marcin Kierwiński after Prime Minister Donald Tusk announced it on 9 September.")]
    public void Accepts_tusk_and_other_announcements(string markup) => Verify(markup);
}
