namespace Consistency.Rules.Corpus;

/// <summary>What a corpus rule reported: the observation at fault and the others it disagrees with, before the engine places it.</summary>
public sealed record CorpusFinding(RuleDescriptor Descriptor, ArticleObservation At, IReadOnlyList<ArticleObservation> Related, Severity Severity, string Message);
