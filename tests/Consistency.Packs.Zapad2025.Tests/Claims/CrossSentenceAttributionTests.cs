namespace Consistency.Packs.Zapad2025.Tests.Claims;

/// <summary>
/// Attribution read beyond its sentence (the claims layer's <c>CarriedAttributionReader</c> and
/// <c>HeadlineLabelReader</c>) and to quoted figures: the last troop figure of each text (a figure of
/// 1,000 or more) is checked for the party it is attributed to, or for none.
/// </summary>
public sealed class CrossSentenceAttributionTests
{
    [TestCase("Belarus's defence ministry said the drills began on Friday. In all, 7,000 troops take part.", "belarus")]
    [TestCase("According to Minsk, the drills are defensive. About 7,000 troops take part on Belarusian soil.", "minsk")]
    [TestCase("Lithuania says the drills are larger than announced. Up to 30,000 troops take part. Only 8,000 are in Belarus.", "lithuania")]
    [TestCase("The exercise is defensive, Khrenin said. Some 7,000 servicemen are involved.", "khrenin")]
    [TestCase("Putin: some 100,000 servicemen involved in Zapad-2025", "putin")]
    [TestCase("Lithuanian intelligence: up to 30,000 troops in Zapad drills", "lithuania")]
    [TestCase("Posts citing \"100,000 troops\" are quoting Vladimir Putin, who gave that figure for the whole exercise.", "putin")]
    [TestCase("Claims that Zapad-2025 involved \"100,000 troops\" are correct if credited to Vladimir Putin, who gave that figure.", "putin")]
    [TestCase("Observers visited Borisovsky, BelTA reported.\n\nUp to 7,000 servicemen are involved on Belarusian territory.\n\nBelarus acted with openness, the ministry noted.", "belta")]
    public void Attributes_a_figure_to_the_party_whose_statement_it_goes_on_with(string text, string party)
    {
        var claims = ClaimsFixture.Read(text);
        var figure = claims.Quantities.Last(q => q.Value >= 1000);
        claims.AttributionFor(figure).ShouldNotBeNull().EntityId.ShouldBe(party);
    }

    [TestCase("According to the head of state, about 100,000 servicemen took part.", "head of state")]
    [TestCase("Intelligence: up to 30,000 troops in Zapad drills, as freed prisoners arrive", "Intelligence")]
    public void Attributes_a_figure_to_a_party_named_by_what_it_is(string text, string party)
    {
        var claims = ClaimsFixture.Read(text);
        var figure = claims.Quantities.Last(q => q.Value >= 1000);
        claims.AttributionFor(figure).ShouldNotBeNull().Party.ShouldBe(party);
    }

    [TestCase("Lithuania is wary of the drills. Drills involved 7,000 troops.")] // a party named, not attributed
    [TestCase("Belarus said the drills began on Friday. But 30,000 troops take part, by Lithuania's count of others.")] // a contrast
    [TestCase("Belarus said the drills began on Friday. Russia sent 2,000 troops.")] // another party as the subject
    [TestCase("Belarus said the drills began on Friday.\n\nDrills involved 7,000 troops.")] // a new paragraph
    [TestCase("Belarus said the drills began on Friday.\n\nDrills involved 7,000 troops.\n\nLithuania says the drills are large.")] // between two sides' statements
    [TestCase("Belarusian state media say the drills are biennial, but that is because Minsk alternates them. Zapad-81 involved 150,000 troops.")] // the writer took over
    [TestCase("Khrenin told them: \"We will show you everything.\" The drills involved 7,000 troops.")] // after a closed quote
    [TestCase("Your columnist writes as if Zapad were new. It involved 7,000 troops.")] // a party the story does not know
    [TestCase("According to Belarus, observers came from 23 countries. The figure of 55 is Russia's tally, from 1,500 guests.")] // another's figure
    [TestCase("Trump's Diplomatic Gambit: 7,000 troops and a deal")] // a section title, not a party's label
    [TestCase("According to plan, 7,000 troops take part.")] // "according to" a thing, not a party
    public void Leaves_a_figure_the_writer_states_unattributed(string text)
    {
        var claims = ClaimsFixture.Read(text);
        var figure = claims.Quantities.Last(q => q.Value >= 1000);
        claims.AttributionFor(figure).ShouldBeNull();
    }
}
