namespace Consistency.Rules;

/// <summary>
/// What a rule reports, after Roslyn's <c>DiagnosticDescriptor</c>: its ID, a title, a composite
/// message format, a category, a default severity and the evidence behind it (the help link).
/// </summary>
public sealed record RuleDescriptor(
    string Id,
    string Title,
    string MessageFormat,
    string Category,
    Severity DefaultSeverity,
    Uri HelpLink,
    string Description)
{
    /// <summary>Phrasings the rule flags, for <c>consistency explain</c> and the catalog.</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];

    /// <summary>Phrasings the rule accepts as true reporting.</summary>
    public IReadOnlyList<string> Accepts { get; init; } = [];

    /// <summary>Every page the rule's fact rests on; <see cref="HelpLink"/> is the first.</summary>
    public IReadOnlyList<Uri> Evidence { get; init; } = [];

    /// <summary>
    /// The parties (entity IDs) whose own statements establish the fact. Words attributed to one of
    /// them that contradict the fact misquote the source: a warning, where words attributed to any
    /// other party are a note (info).
    /// </summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>
    /// No party disputes the fact (a day, a place, a bearing): words attributed to anyone that
    /// contradict it are a warning, not a note. Disputed facts (troop figures, framings) keep the
    /// contract: an attributed figure is that party's claim, and true reporting.
    /// </summary>
    public bool Undisputed { get; init; }

    /// <summary>
    /// A pack rule's descriptor whose help link is the first evidence page of its fact: the form every
    /// story pack uses, so a rule's catalog entry, SARIF help and evidence come from one list.
    /// </summary>
    public static RuleDescriptor FromEvidence(
        string id, string title, string messageFormat, string category, Severity severity, string description,
        IReadOnlyList<Uri> evidence, IReadOnlyList<string> flags, IReadOnlyList<string> accepts)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return new(id, title, messageFormat, category, severity, evidence[0], description)
        {
            Evidence = evidence,
            Flags = flags,
            Accepts = accepts,
        };
    }

    /// <summary>The pages to show as evidence: <see cref="Evidence"/>, or the help link when a rule lists none.</summary>
    public IReadOnlyList<Uri> EvidencePages => Evidence.Count > 0 ? Evidence : [HelpLink];
}
