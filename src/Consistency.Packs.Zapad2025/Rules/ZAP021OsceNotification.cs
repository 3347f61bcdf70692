using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>Belarus notified the OSCE of about 6,850 troops for Zapad-2025 (up to 7,000 in Belarus).</summary>
/// <remarks>
/// About 13,000 had been planned early in 2025, then the drills were roughly halved. Flags another
/// figure given as the one notified: "Minsk notified the OSCE of [|some 13,000|] troops". Accepts
/// "about 6,850", "up to 7,000", and the earlier plan named as a plan ("13,000 had been planned").
/// </remarks>
public sealed class ZAP021OsceNotification() : QuantityRule(ZapadFigures.OsceNotification)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.OsceNotification,
        "Belarus notified the OSCE of about 6,850 troops",
        "Belarus notified the OSCE of about {0} troops; the article says \"{1}\"",
        RuleCategories.Figures,
        Severity.Error,
        "Belarus said up to 7,000 troops would drill in Belarus and notified about 6,850 to the OSCE; about 13,000 had been planned early in 2025, then the drills were roughly halved.",
        [Evidence.TassBelarusTroops, Evidence.MoscowTimesScaleBack],
        ["Minsk notified the OSCE of some 13,000 troops", "the OSCE notification listed 20,000 servicemen"],
        ["Belarus notified the OSCE of about 6,850 troops", "up to 7,000 troops, Minsk told the OSCE", "13,000 troops had been planned before the OSCE notification"]);
}
