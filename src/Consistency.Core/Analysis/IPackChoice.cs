namespace Consistency.Analysis;

/// <summary>
/// Which rule pack checks an article: the name configured for it (<c>consistency_pack</c> in an
/// .editorconfig section, <c>--pack</c> on the command line), or <c>null</c> when nothing claims it.
/// An analyzer given a choice runs only the chosen pack on each article and reports an article no
/// pack claims (CON0008) instead of passing over it in silence.
/// </summary>
public interface IPackChoice
{
    /// <param name="articlePath">The article's path as it is reported.</param>
    /// <returns>The configured pack name (a pack's key or name, any case), or null.</returns>
    string? PackFor(string articlePath);
}
