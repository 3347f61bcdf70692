using Consistency.Claims;
using Consistency.Text;

namespace Consistency.Packs.Zapad2025.Tests.Claims;

public sealed class QuantityClaimTests
{
    [TestCase("observers from 23 countries", 23)]
    [TestCase("observers from twenty-three countries", 23)]
    [TestCase("observers from twenty three countries", 23)]
    [TestCase("200,000 troops", 200_000)]
    [TestCase("200000 troops", 200_000)]
    [TestCase("200\u00A0000 troops", 200_000)]
    [TestCase("200\u202F000 troops", 200_000)]
    [TestCase("7K troops", 7_000)]
    [TestCase("7k troops", 7_000)]
    [TestCase("1.5 million people", 1_500_000)]
    [TestCase("two hundred thousand troops", 200_000)]
    [TestCase("one hundred and fifty troops", 150)]
    [TestCase("a dozen countries", 12)]
    [TestCase("two dozen countries", 24)]
    [TestCase("two dozen and a half nations", 30)]
    [TestCase("fifty-two prisoners", 52)]
    public void Reads_numbers_in_digits_and_words(string text, int expected)
    {
        var claims = ClaimsFixture.Read(text);
        claims.Quantities.ShouldHaveSingleItem().Value.ShouldBe(expected);
    }

    [TestCase("nearly two dozen countries", Qualifier.Nearly)]
    [TestCase("about 7,000 troops", Qualifier.Approximately)]
    [TestCase("up to 30,000 troops", Qualifier.AtMost)]
    [TestCase("more than 100 representatives", Qualifier.MoreThan)]
    [TestCase("fewer than 10,000 troops", Qualifier.LessThan)]
    [TestCase("at least 50 drones", Qualifier.AtLeast)]
    [TestCase("as many as 100,000 troops", Qualifier.AtMost)]
    [TestCase("23 countries", Qualifier.Exact)]
    public void Reads_the_hedge_before_a_number(string text, Qualifier expected) =>
        ClaimsFixture.Read(text).Quantities.ShouldHaveSingleItem().Qualifier.ShouldBe(expected);

    [Test]
    public void A_hedge_widens_the_values_a_number_allows()
    {
        ClaimsFixture.Read("nearly two dozen countries").Quantities.Single().Range.Contains(23).ShouldBeTrue();
        ClaimsFixture.Read("up to 30,000 troops").Quantities.Single().Range.Contains(8_000).ShouldBeTrue();
        ClaimsFixture.Read("more than 100 representatives").Quantities.Single().Range.Contains(100).ShouldBeFalse();
        ClaimsFixture.Read("32 countries").Quantities.Single().Range.Contains(23).ShouldBeFalse();
    }

    [TestCase("The drills ended at 23:00 local time.")]
    [TestCase("They returned on Sept 23 to the ground.")]
    [TestCase("They returned on September 23.")]
    [TestCase("They returned on 23 September.")]
    [TestCase("It was the 23rd day of the month.")]
    [TestCase("Zapad was held in 2021.")]
    public void A_time_a_date_or_a_year_is_no_count(string text) =>
        ClaimsFixture.Read(text).Quantities.ShouldBeEmpty();

    [Test]
    public void The_words_after_a_number_are_its_noun_phrase()
    {
        var quantity = ClaimsFixture.Read("two US Air Force officers watched.").Quantities.Single();
        quantity.NounPhrase.ShouldBe(["us", "air", "force", "officers"]);
        quantity.Counts(new WordSet("officers"), within: 4).ShouldBeTrue();
        quantity.Counts(new WordSet("officers"), within: 3).ShouldBeFalse();
    }

    [Test]
    public void An_absurd_number_is_read_without_failing()
    {
        Should.NotThrow(() => ClaimsFixture.Read("99999999999999999999999 troops and 1" + new string('0', 80) + " tanks"));
    }
}
