namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP045NeighboursDeclinedTests() : RuleTest(RuleIds.NeighboursDeclined)
{
    [TestCase("Belarus invited military attachés from dozens of countries. Poland and Lithuania declined; Latvia, by contrast, [|accepted|].")]
    [TestCase("Belarus invited its neighbours, and Poland [|sent observers|] to the Borisovsky ground.")]
    [TestCase("Lithuania [|accepted|] Minsk's invitation to the visitor day.")]
    [TestCase("Of the invited states, Latvia [|attended|] the visitor day.")]
    [TestCase("Observers came from 23 countries; Lithuania [|sent attachés|] of its own.")]
    [TestCase("Belarus had invited many more states; Poland, Lithuania and [|Estonia|] declined.")]
    [TestCase("Poland, Lithuania, Latvia and [|Estonia|] all declined the invitation.")]
    public void Flags_a_neighbour_that_came(string markup) => Verify(markup);

    [TestCase("Poland, Lithuania and Latvia declined the invitation.")]
    [TestCase("Lithuania did not send observers.")]
    [TestCase("Hungary accepted the invitation.")]
    [TestCase("Poland accepted NATO's offer of more jets.")]
    [TestCase("Observers from 23 countries attended; Poland, Lithuania and Latvia stayed away.")]
    [TestCase("Estonia and Finland declined to comment.")]
    [TestCase("Poland, Lithuania and Latvia declined the invitation.")]
    [TestCase("It is not true that Poland, Lithuania and Estonia declined.")]
    public void Accepts_their_refusal(string markup) => Verify(markup);
}
