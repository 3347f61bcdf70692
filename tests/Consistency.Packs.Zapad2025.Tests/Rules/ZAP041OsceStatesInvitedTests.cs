namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP041OsceStatesInvitedTests() : RuleTest(RuleIds.OsceStatesInvited)
{
    [TestCase("Belarus invited all [|57|] states of the OSCE to watch.")]
    [TestCase("The [|60|] OSCE participating states were invited.")]
    [TestCase("Minsk sent invitations to [|50|] countries under the OSCE Vienna Document.")]
    [TestCase("All [|fifty-five|] OSCE members received an invitation.")]
    [TestCase("Invitations went to the [|47|] Vienna Document states.")]
    public void Flags_another_count_of_invited_states(string markup) => Verify(markup);

    [TestCase("Belarus invited all 56 participants in the OSCE Vienna Document plus 25 others bilaterally.")]
    [TestCase("Belarus notified the OSCE of 6,850 troops.")]
    [TestCase("Another 25 states were invited bilaterally, outside the OSCE framework.")]
    [TestCase("All 56 OSCE states were invited.")]
    [TestCase("Observers from 23 countries attended, out of the 56 OSCE states invited.")]
    public void Accepts_the_56_and_other_counts(string markup) => Verify(markup);
}
