using Consistency.Claims;

namespace Consistency.Packs.Zapad2025.Tests.Claims;

public sealed class EditionAndRecurrenceClaimTests
{
    [TestCase("Zapad-2021 was larger.", 2021, EditionRelation.Named)]
    [TestCase("Zapad 2021 was larger.", 2021, EditionRelation.Named)]
    [TestCase("Zapad2021 was larger.", 2021, EditionRelation.Named)]
    [TestCase("The 2021 Zapad was larger.", 2021, EditionRelation.Named)]
    [TestCase("The Zapad drills in 2021 were larger.", 2021, EditionRelation.Named)]
    [TestCase("Zapad is back. The 2017 edition was smaller.", 2017, EditionRelation.Named)]
    [TestCase("The last Zapad drills in 2021 covered a buildup.", 2021, EditionRelation.Previous)]
    [TestCase("Zapad was last held in 2017.", 2017, EditionRelation.Previous)]
    [TestCase("Zapad is back; the previous edition, in 2022, was larger.", 2022, EditionRelation.Previous)]
    [TestCase("Zapad-2025 has fewer troops compared to the 200,000 participants in 2022.", 2022, EditionRelation.Earlier)]
    [TestCase("Zapad 2025 is smaller than the 2021 Zapad exercises.", 2021, EditionRelation.Earlier)]
    public void Reads_an_edition_and_how_it_is_related(string text, int year, EditionRelation relation)
    {
        var edition = ClaimsFixture.Read(text).Editions.Last();
        edition.Year.ShouldBe(year);
        edition.Relation.ShouldBe(relation);
    }

    [TestCase("There was no Zapad in 2022.")]
    [TestCase("Zapad-2025 is smaller than Union Resolve-2022.")]
    [TestCase("Zapad-2025 is smaller than before the 2022 invasion.")]
    [TestCase("The drills in 2022 were Union Resolve.")]
    public void Reads_no_earlier_edition_from_denials_and_other_events(string text) =>
        ClaimsFixture.Read(text).Editions.Where(e => e.Year != 2025).ShouldBeEmpty();

    [TestCase("held every four years", 4)]
    [TestCase("held every 4 years", 4)]
    [TestCase("once every two years", 2)]
    [TestCase("every other year", 2)]
    [TestCase("every fourth year", 4)]
    [TestCase("every year", 1)]
    [TestCase("the quadrennial exercise", 4)]
    [TestCase("the biennial exercise", 2)]
    [TestCase("an annual exercise", 1)]
    [TestCase("on a four-year cycle", 4)]
    [TestCase("on a 4-year rotation", 4)]
    public void Reads_a_cadence(string text, int years) =>
        ClaimsFixture.Read(text).Recurrences.ShouldHaveSingleItem().IntervalYears.ShouldBe(years);

    [TestCase("every few years")]
    [TestCase("four years ago")]
    [TestCase("for every soldier")]
    public void Reads_no_cadence_from_vague_or_other_phrases(string text) =>
        ClaimsFixture.Read(text).Recurrences.ShouldBeEmpty();
}
