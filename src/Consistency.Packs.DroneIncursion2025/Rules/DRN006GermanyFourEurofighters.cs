using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.DroneIncursion2025.Rules;

/// <summary>Germany committed four Eurofighters to Eastern Sentry.</summary>
/// <remarks>
/// Flags another number of German Eurofighters: "Germany is sending [|six|] Eurofighters". Accepts
/// "four Eurofighter Typhoons" and other countries' jets (<see cref="DroneFigures.GermanEurofighters"/>).
/// </remarks>
public sealed class DRN006GermanyFourEurofighters() : QuantityRule(DroneFigures.GermanEurofighters)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.GermanyFourEurofighters,
        "Germany committed four Eurofighters",
        "Germany committed {0} Eurofighters to Eastern Sentry; the article says \"{1}\"",
        RuleCategories.Figures,
        Severity.Error,
        "Among the first contributions to Eastern Sentry, announced on 12 September 2025: Denmark two F-16s and an anti-air warfare frigate, France three Rafale fighters, Germany four Eurofighter Typhoons.",
        [Evidence.EvrimAgaciContributions, Evidence.FreePressEasternSentry],
        ["Germany is sending six Eurofighters", "two German Eurofighter jets"],
        ["Germany is sending four Eurofighters", "four German Eurofighter Typhoons"]);
}
