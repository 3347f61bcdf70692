namespace Consistency.Analysis;

/// <summary>
/// The configured pack where configuration names one, else a default (the <c>CONSISTENCY_PACK</c>
/// environment variable): a folder with no configuration, such as a generated benchmark corpus, is
/// still checked, and a folder whose .editorconfig claims it keeps its own pack.
/// </summary>
public sealed class FallbackPackChoice(IPackChoice configured, string fallback) : IPackChoice
{
    public string? PackFor(string articlePath) => configured.PackFor(articlePath) ?? fallback;
}
