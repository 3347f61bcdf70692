using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>Prime Minister Donald Tusk announced on 9 September that Poland's crossings with Belarus would close.</summary>
/// <remarks>
/// Flags another announcer, by name or by title, in a passive about the closure: "The closure was
/// announced on Tuesday by Foreign Minister [|Radosław Sikorski|]", "announced by [|the interior
/// minister|]". Accepts "announced by Prime Minister Donald Tusk", "by the prime minister", and
/// other announcements by others in sentences that say nothing of the border.
/// </remarks>
public sealed class ZAP047ClosureAnnouncedByTusk() : RoleRule(ZapadRoles.ClosureAnnouncer)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.ClosureAnnouncedByTusk,
        "Tusk announced the border closure",
        MessageFormat,
        RuleCategories.People,
        Severity.Error,
        "On 9 September 2025 Prime Minister Donald Tusk announced that Poland would close its crossings with Belarus from midnight on 12 September.",
        [Evidence.TassBorderClosed],
        ["The closure was announced by Foreign Minister Radosław Sikorski", "the border closure, announced by the interior minister"],
        ["The closure was announced by Prime Minister Donald Tusk", "The border closure was announced by the prime minister", "NATO's Eastern Sentry was announced by Mark Rutte"]);
}
