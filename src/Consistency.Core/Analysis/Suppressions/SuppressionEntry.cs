using Consistency.Text;
using Microsoft.CodeAnalysis.Text;

namespace Consistency.Analysis.Suppressions;

/// <summary>
/// One entry of a suppression file: the finding it accepts (article, rule, the exact words at
/// fault, and which occurrence of them) and the reviewer's justification, with where the entry is
/// written so a problem with it can be reported there.
/// </summary>
internal sealed record SuppressionEntry(
    string SourceFile,
    TextSpan Span,
    LineSpan Location,
    string ArticleFullPath,
    string Article,
    string RuleId,
    string Words,
    int Occurrence,
    string? Justification)
{
    public bool IsJustified => !string.IsNullOrWhiteSpace(Justification);

    public Suppression ToSuppression() => new(Justification ?? "", SourceFile, Location);

    public bool Matches(Diagnostic diagnostic, int occurrence) =>
        string.Equals(diagnostic.Id, RuleId, StringComparison.OrdinalIgnoreCase)
        && string.Equals(diagnostic.Words, Words, StringComparison.Ordinal)
        && occurrence == Occurrence;
}
