using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.DroneIncursion2025.Rules;

/// <summary>Four Polish airports were closed during the incursion.</summary>
/// <remarks>
/// Warsaw Chopin, Warsaw Modlin, Rzeszów–Jasionka and Lublin closed overnight. Flags another number:
/// "[|three|] airports were shut". Accepts "four airports", a count of something else closed
/// (<see cref="DroneFigures.AirportsClosed"/>).
/// </remarks>
public sealed class DRN003FourAirportsClosed() : QuantityRule(DroneFigures.AirportsClosed)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.FourAirportsClosed,
        "Four airports were closed",
        "{0} airports were closed during the incursion; the article says \"{1}\"",
        RuleCategories.Figures,
        Severity.Error,
        "Warsaw Chopin, Warsaw Modlin, Rzeszów–Jasionka and Lublin airports were closed during the night of 9–10 September 2025 for unplanned military activity.",
        [Evidence.News24Timeline, Evidence.NewsPravdaAirports],
        ["three airports were shut", "six Polish airports closed"],
        ["four airports were shut", "four Polish airports closed"]);
}
