using System.Collections.Frozen;
using System.Collections.Immutable;
using Consistency.Rules;
using Microsoft.CodeAnalysis;

namespace Consistency.Analyzers;

/// <summary>
/// The compiler's view of the rules: one <see cref="DiagnosticDescriptor"/> per engine and pack
/// descriptor, with the same ID, title, category, default severity, description and help link.
/// </summary>
/// <remarks>
/// The message format is <c>{0}</c> and the engine's finished message its one argument. The
/// engine formats a message once, with the invariant culture; handing the compiler the format and
/// its arguments instead would let it format them again in the build's culture (a figure could
/// print as "200 000" in one build and "200,000" in the command line's report).
/// </remarks>
internal sealed class CompilerDescriptors
{
    /// <summary>The message format of every descriptor: the engine's message, as it wrote it.</summary>
    public const string WholeMessage = "{0}";

    private readonly FrozenDictionary<string, DiagnosticDescriptor> _byId;

    /// <param name="rules">Every descriptor a run can report.</param>
    /// <param name="compilationEnd">The IDs reported once all articles are in (corpus rules and their failure): tagged so the compiler knows.</param>
    public CompilerDescriptors(IEnumerable<RuleDescriptor> rules, IReadOnlySet<string> compilationEnd)
    {
        All = [.. rules.Select(r => Convert(r, compilationEnd.Contains(r.Id)))];
        _byId = All.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal);
    }

    public ImmutableArray<DiagnosticDescriptor> All { get; }

    public DiagnosticDescriptor this[string id] => _byId[id];

    public static DiagnosticSeverity Convert(Severity severity) => severity switch
    {
        Severity.Hidden => DiagnosticSeverity.Hidden,
        Severity.Info => DiagnosticSeverity.Info,
        Severity.Warning => DiagnosticSeverity.Warning,
        Severity.Error => DiagnosticSeverity.Error,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "not a severity"),
    };

    private static DiagnosticDescriptor Convert(RuleDescriptor rule, bool compilationEnd) => new(
        rule.Id,
        rule.Title,
        WholeMessage,
        rule.Category,
        Convert(rule.DefaultSeverity),
        isEnabledByDefault: true,
        description: rule.Description,
        helpLinkUri: rule.HelpLink.OriginalString,
        customTags: compilationEnd ? [WellKnownDiagnosticTags.CompilationEnd] : []);
}
