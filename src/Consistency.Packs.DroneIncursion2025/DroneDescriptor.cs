using Consistency.Rules;

namespace Consistency.Packs.DroneIncursion2025;

/// <summary>Builds the pack's descriptors; the help link is always the first evidence page of the rule's fact.</summary>
internal static class DroneDescriptor
{
    public static RuleDescriptor Create(
        string id, string title, string messageFormat, string category, Severity severity, string description,
        IReadOnlyList<Uri> evidence, IReadOnlyList<string> flags, IReadOnlyList<string> accepts) =>
        new(id, title, messageFormat, category, severity, evidence[0], description)
        {
            Evidence = evidence,
            Flags = flags,
            Accepts = accepts,
        };
}
