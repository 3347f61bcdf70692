using Consistency.Rules;
using Consistency.Text;

namespace Consistency.Analysis;

/// <summary>An article read from its file, or the engine diagnostic and reason why it could not be.</summary>
public sealed record ArticleLoadResult(Article? Article, RuleDescriptor? Failure, string? Reason)
{
    public static ArticleLoadResult Loaded(Article article) => new(article, null, null);

    public static ArticleLoadResult Failed(RuleDescriptor failure, string reason) => new(null, failure, reason);
}
