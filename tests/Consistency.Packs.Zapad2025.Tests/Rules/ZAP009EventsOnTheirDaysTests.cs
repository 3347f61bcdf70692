namespace Consistency.Packs.Zapad2025.Tests.Rules;

public sealed class ZAP009EventsOnTheirDaysTests() : RuleTest(RuleIds.EventsOnTheirDays)
{
    [TestCase("Drills begin\nVILNIUS, Sept. 15 (Agency) —\nThe drills began [|yesterday|] near Barysaw.")]
    [TestCase("Drills begin\nWARSAW, Friday 12 September 2025 —\nRussian drones crossed into Polish airspace [|last night|].")]
    [TestCase("Belarus freed 52 prisoners on [|21 July 2025|].")]
    [TestCase("Donald Trump, president since [|January 2024|], sent an envoy.")]
    [TestCase("Timeline\n[|Sept. 11|] — Keith Kellogg meets Lukashenko in Minsk.")]
    [TestCase("Belavia has been under US sanctions since [|August 2021|].")]
    [TestCase("NATO announced Eastern Sentry on [|Wednesday|].")]
    [TestCase("The closure was announced on [|Monday|] by Prime Minister Donald Tusk, who called the drills aggressive.")]
    [TestCase("Russian drones entered Polish airspace in [|August|].")]
    [TestCase("Poland reopened its crossings with Belarus on [|20 September|].")]
    [TestCase("[|Over the weekend|], Poland shot down several Russian drones that entered its airspace.")]
    [TestCase("The Zapad drills began on [|Saturday|].")]
    [TestCase("Coale met Lukashenko in Minsk on [|Tuesday|].")]
    [TestCase("Two US officers visited the ground on [|Sunday|].")]
    [TestCase("Zapad-2025, which began on [|10 September|], ends on Tuesday.")]
    [TestCase("Russian drones crossed into Polish airspace [|at the weekend|].")]
    [TestCase("The visit came days after the [|Sunday|]-night drone incursion into Poland.")]
    [TestCase("On [|Wednesday|], US envoy John Coale sits down with Alexander Lukashenko in Minsk.")]
    public void Flags_an_event_put_on_another_day(string markup) => Verify(markup);

    [TestCase("The \"Zapad-2025\" drills kicked off on Friday across sites in both nations.")]
    [TestCase("U.S. military officers made an unanticipated visit to a Belarusian training ground on Monday.")]
    [TestCase("Over the weekend NATO jets scrambled over Romania after a drone entered its airspace.")]
    [TestCase("On Thursday, Belarus pardoned 52 political prisoners and released them into Lithuania.")]
    [TestCase("The exercise started Friday, just days after Russian drones crossed into Poland.")]
    [TestCase("Tusk answered on Friday: \"We would also wish that the drone attack on Poland was a mistake.\"")]
    [TestCase("Poland reopened its crossings on Sept 25, ending a closure that took effect on Sept 12, the day the Zapad drills began.")]
    [TestCase("Drills begin\nVILNIUS, Sept. 13 —\nCoale met Lukashenko two days ago in Minsk.")]
    [TestCase("Belavia has been under US sanctions since August 2023.")]
    [TestCase("Donald Trump, president since January 2025, sent an envoy.")]
    [TestCase("In June, 14 prisoners including Siarhei Tsikhanouski were freed.")]
    [TestCase("Timeline\nSept. 11 — Coale meets Lukashenko in Minsk.")]
    [TestCase("Zapad-2021 began on 10 September 2021.")]
    [TestCase("In December, Belarus freed 123 prisoners.")]
    [TestCase("Drills begin\nMinsk, 15.09.2025\nUS officers visited the Borisovsky range today.")]
    public void Accepts_events_on_their_days(string markup) => Verify(markup);
}
