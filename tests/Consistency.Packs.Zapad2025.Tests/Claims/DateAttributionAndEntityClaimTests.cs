namespace Consistency.Packs.Zapad2025.Tests.Claims;

public sealed class DateAttributionAndEntityClaimTests
{
    [TestCase("It began on Friday, Sept. 12.", "Friday, Sept. 12", DayOfWeek.Friday, 12, 9)]
    [TestCase("It began on Monday 15 September 2025.", "Monday 15 September 2025", DayOfWeek.Monday, 15, 9)]
    [TestCase("It began on September 12, 2025.", "September 12, 2025", null, 12, 9)]
    [TestCase("It began on the 12th of September.", "12th of September", null, 12, 9)]
    [TestCase("They came on Thursday.", "Thursday", DayOfWeek.Thursday, null, null)]
    public void Reads_weekdays_and_dates(string text, string words, DayOfWeek? weekday, int? day, int? month)
    {
        var claims = ClaimsFixture.Read(text);
        var date = claims.Dates.ShouldHaveSingleItem();
        claims.Words(date).ShouldBe(words);
        date.Weekday.ShouldBe(weekday);
        date.Day.ShouldBe(day);
        date.Month.ShouldBe(month);
    }

    [Test]
    public void Reads_a_day_range_and_a_weekend()
    {
        var range = ClaimsFixture.Read("Drones came overnight on 9-10 September.").Dates.Single();
        (range.Day, range.LastDay, range.Month).ShouldBe((9, 10, 9));
        ClaimsFixture.Read("Over the weekend, drones came.").Dates.Single().IsWeekend.ShouldBeTrue();
    }

    [TestCase("You may go, may stay.")]
    [TestCase("The sun rose over the march.")]
    [TestCase("May we go? August Schmidt asked.")]
    public void Reads_no_date_from_ordinary_words(string text) =>
        ClaimsFixture.Read(text).Dates.ShouldBeEmpty();

    [TestCase("Drones crossed into Poland in August.", 8, null)]
    [TestCase("Belavia has been under sanctions since August 2023.", 8, 2023)]
    [TestCase("The release came in June 2025, after a visit.", 6, 2025)]
    [TestCase("You may go in May.", 5, null)]
    public void Reads_a_month_without_a_day_after_a_preposition_or_before_a_year(string text, int month, int? year)
    {
        var date = ClaimsFixture.Read(text).Dates.Single();
        (date.Day, date.Month, date.Year).ShouldBe((null, month, year));
    }

    [TestCase("Drills begin\nVILNIUS, Sept. 15 (Agency) —\nThe drills began yesterday.", 9, 14)]
    [TestCase("Drills begin\nPublished 13 September 2025\nCoale met Lukashenko two days ago.", 9, 11)]
    [TestCase("Drills begin\nMinsk, 15.09.2025\nThe officers arrived today.", 9, 15)]
    [TestCase("Drills begin\nBIAŁYSTOK, Thursday 11 September 2025 —\nThe border closes tomorrow.", 9, 12)]
    [TestCase("Timeline\nSept. 10 — Drones crossed into Poland last night.", 9, 9)]
    public void Reads_a_day_counted_from_the_dateline_or_a_timeline_entry(string text, int month, int day)
    {
        var relative = ClaimsFixture.Read(text).Dates.Single(d => d.IsRelative);
        (relative.Month, relative.Day, relative.Year).ShouldBe((month, day, 2025));
    }

    [TestCase("The drills began yesterday.")]
    [TestCase("Drills begin\nThe long first line of the story goes on well past any dateline, and says the drills began on 12 September; they began yesterday, it adds.\nMore.")]
    [TestCase("Drills begin\nVILNIUS, Sept. 15 —\n“We saw them yesterday,” a farmer said.")]
    public void Leaves_a_relative_day_unread_where_nothing_anchors_it(string text) =>
        ClaimsFixture.Read(text).Dates.ShouldNotContain(d => d.IsRelative);

    [TestCase("According to Lithuania, up to 30,000 troops take part.", "lithuania")]
    [TestCase("Lithuania says 30,000 troops take part.", "lithuania")]
    [TestCase("Lithuania now says 30,000 troops take part.", "lithuania")]
    [TestCase("Up to 30,000 troops take part, Putin said.", "putin")]
    [TestCase("Up to 30,000 troops, many of them Russian, took part, Putin said.", "putin")]
    [TestCase("Russian President Vladimir Putin, visiting Mulino, said 100,000 took part.", "putin")]
    [TestCase("Germany's Gen. Carsten Breuer estimated 13,000 troops in Belarus.", "breuer")]
    public void Attributes_a_figure_to_the_party_that_gave_it(string text, string party)
    {
        var claims = ClaimsFixture.Read(text);
        var figure = claims.Quantities.First(q => q.Value >= 1000);
        claims.AttributionFor(figure).ShouldNotBeNull().EntityId.ShouldBe(party);
    }

    [TestCase("Zapad is the biennial exercise that Russia and Belarus describe as defensive.")]
    [TestCase("The United States sent two officers.")]
    [TestCase("The embassy in Minsk, shut since 2020, could reopen soon, Coale says.")]
    public void Does_not_attribute_words_a_later_verb_does_not_govern(string text)
    {
        var claims = ClaimsFixture.Read(text);
        var first = claims.Recurrences.Cast<Consistency.Claims.Claim>().Concat(claims.Quantities).Concat(claims.Years).First();
        claims.AttributionFor(first).ShouldBeNull();
    }

    [TestCase("Türkiye sent observers.", "turkey")]
    [TestCase("Turkey sent observers.", "turkey")]
    [TestCase("They met near Barysaw.", "borisovsky")]
    [TestCase("They met at the Borisovsky training ground.", "borisovsky")]
    [TestCase("U.S. officers came.", "united-states")]
    [TestCase("Trump’s envoy came.", "trump")]
    [TestCase("Officials in BELARUS and belarus agreed.", "belarus")]
    [TestCase("The Russian Federation's drills began.", "russia")]
    public void Resolves_aliases_to_one_entity(string text, string entity) =>
        ClaimsFixture.Read(text).Entities.ShouldContain(e => e.EntityId == entity);

    [Test]
    public void A_one_word_alias_is_matched_in_any_case_and_the_longest_alias_wins()
    {
        // The first word is matched by its vocabulary number; the words after it, and acronyms, by text.
        var claims = ClaimsFixture.Read("BELARUS, Belarus’s army and the Russian Federation met; Russian troops came.");
        claims.Entities.Select(e => (e.EntityId, claims.Syntax.Article.Slice(e.Span).ToString())).ShouldBe(
            [("belarus", "BELARUS"), ("belarus", "Belarus’s"), ("russia", "Russian Federation"), ("russia", "Russian")]);
    }

    [Test]
    public void An_acronym_alias_matches_in_its_own_case_only()
    {
        ClaimsFixture.Read("The US sent officers.").Entities.ShouldContain(e => e.EntityId == "united-states");
        ClaimsFixture.Read("He told us about it.").Entities.ShouldNotContain(e => e.EntityId == "united-states");
    }
}
