using Consistency.Rules;

namespace Consistency.Analysis;

/// <summary>
/// The engine's own diagnostics, for what goes wrong around the rules rather than in an article's
/// facts. CON0001 is Roslyn's AD0001: a rule threw, and only that rule's findings are lost.
/// </summary>
public static class EngineDiagnostics
{
    public const string Category = "Engine";

    public static readonly RuleDescriptor RuleFailed = Create(
        "CON0001", "A rule failed on an article", "Rule {0} threw {1} on this article: {2}",
        "The rule's findings for this article are missing; every other rule's findings are intact.");

    public static readonly RuleDescriptor Unreadable = Create(
        "CON0002", "The article could not be read", "Could not read the article: {0}",
        "The file could not be opened or read (permissions, a vanished file, a link loop).");

    public static readonly RuleDescriptor NotText = Create(
        "CON0003", "The article is not text", "Not checked: {0}",
        "The file is binary, or not valid UTF-8/UTF-16, so no claim can be read from it.");

    public static readonly RuleDescriptor UnjustifiedSuppression = Create(
        "CON0004", "A suppression has no justification", "The suppression of {0} in {1} has no justification, so it is not applied",
        "Accepting a discrepancy is a reviewed decision: every suppression must say why. Until it does, the finding it names is reported as usual.");

    public static readonly RuleDescriptor StaleSuppression = Create(
        "CON0005", "A suppression matches nothing", "The suppression of {0} \"{1}\" in {2} matches no finding: remove it",
        "The article changed or the rule no longer reports those words; a stale suppression would silently accept a future finding.",
        Severity.Warning);

    public static readonly RuleDescriptor EngineFailed = Create(
        "CON0006", "The engine failed on an article", "The engine threw {0} while reading this article: {1}",
        "A defect in the engine's text or claims layer; no rule could run on this article, every other article is intact.");

    public static readonly RuleDescriptor CorpusRuleFailed = Create(
        "CON0007", "A corpus rule failed", "Corpus rule {0} threw {1} while {2}: {3}",
        "The rule's findings across articles are missing for the whole run; every other rule's findings are intact. Reported once, at the first article it failed on (or the corpus's first article).");

    public static readonly RuleDescriptor Unclaimed = Create(
        "CON0008", "No rule pack checks the article", "Not checked: {0}",
        "Each article is checked by the pack of its story, named by consistency_pack in an .editorconfig section that matches it (or by --pack, or the CONSISTENCY_PACK environment variable). An article no pack claims, or whose named pack this build does not carry, is not checked, and says so rather than passing in silence.");

    public static IReadOnlyList<RuleDescriptor> All { get; } = [RuleFailed, Unreadable, NotText, UnjustifiedSuppression, StaleSuppression, EngineFailed, CorpusRuleFailed, Unclaimed];

    /// <summary>Whether a diagnostic says an article could not be checked at all (not read, not text, no pack for it).</summary>
    public static bool IsInputFailure(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return diagnostic.Id == Unreadable.Id || diagnostic.Id == NotText.Id || diagnostic.Id == Unclaimed.Id;
    }

    /// <summary>An engine diagnostic about a whole article, placed at its start (line 1, column 1).</summary>
    public static Diagnostic AboutArticle(RuleDescriptor descriptor, string path, params object[] messageArgs)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var message = string.Format(System.Globalization.CultureInfo.InvariantCulture, descriptor.MessageFormat, messageArgs);
        return new Diagnostic(descriptor, Severity.Error, message, path, default, new Text.LineSpan(1, 1, 1, 1), null, default);
    }

    private static RuleDescriptor Create(string id, string title, string message, string description, Severity severity = Severity.Error) =>
        new(id, title, message, Category, severity,
            new Uri("README.md#engine-diagnostics", UriKind.Relative), description);
}
