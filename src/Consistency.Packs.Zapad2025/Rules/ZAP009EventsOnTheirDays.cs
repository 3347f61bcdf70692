using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>Each dated event of the story happened on its own day.</summary>
/// <remarks>
/// The events are the story model's calendar (<see cref="ZapadCalendar"/>): drones entered Poland
/// overnight Tuesday 9 to Wednesday 10 September; Tusk announced the border closure on the 9th;
/// Coale met Lukashenko and 52 prisoners were freed on Thursday 11; Zapad-2025 began on Friday 12
/// and Eastern Sentry was announced that day; a drone entered Romania on Saturday 13; the US
/// officers visited on Monday 15; Putin was at Mulino on Tuesday 16; the crossings reopened on the
/// 25th; Trump took office on 20 January 2025; the June release was on 21 June 2025.
/// Flags a weekday, date, month, weekend, a day counted from the dateline ("yesterday") or a
/// timeline entry's date given to an event in the same clause that happened on another day:
/// "[|Over the weekend|], Poland shot down several Russian drones", "the drills began on
/// [|Saturday|]", "prisoners freed on [|21 July 2025|]", a year after "since" for a one-off event
/// ("under US sanctions since [|2021|]"), and a length other than the drills' five days ("a
/// [|six-day|] run"). Accepts the right days, and a clause that names two events when the day fits either.
/// </remarks>
public sealed class ZAP009EventsOnTheirDays() : EventDateRule(ZapadCalendar.Events)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.EventsOnTheirDays,
        "An event is put on the wrong day",
        MessageFormat,
        RuleCategories.Chronology,
        Severity.Error,
        "The story's events each have a known day (story file, sections 2–5).",
        [Evidence.TassDrones, Evidence.ArabNewsDrones, Evidence.PravdaRomania, Evidence.SalemCoale, Evidence.TassStart, Evidence.MoscowTimesUsOfficers,
         Evidence.TassBorderClosed, Evidence.TassBorderReopened, Evidence.InterfaxEasternSentry, Evidence.LivemintJuneRelease, Evidence.Inauguration],
        ["Over the weekend, Poland shot down several Russian drones", "the drills began on Saturday", "Coale met Lukashenko on Tuesday", "US officers visited on Sunday",
         "prisoners freed on 21 July 2025", "president since January 2024", "(dated Sept. 15) the drills began yesterday",
         "Belavia, under US sanctions since 2021", "Zapad-2025 ended after a six-day run"],
        ["The drills kicked off on Friday", "U.S. officers made a visit on Monday", "Over the weekend NATO jets scrambled over Romania", "On Thursday, Belarus pardoned 52 political prisoners",
         "The exercise started Friday, just days after Russian drones crossed into Poland", "(dated Sept. 13) Coale met Lukashenko on Thursday"]) with
    {
        // No party disputes it: words given to anyone that contradict it are a warning, not a note.
        Undisputed = true,
    };
}
