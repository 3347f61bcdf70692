using Consistency.Analysis.Suppressions;

namespace Consistency.Analysis.Configuration;

/// <summary>
/// Everything articles are configured with, found from their folders upwards: severities from
/// .editorconfig files (and an explicit file, if named) and reviewed suppressions. Every file is
/// read before analysis starts, so a broken one stops the run with its name and line instead of
/// being half applied. The command line and the snapshot gate build the same configuration.
/// </summary>
public sealed class ArticleConfiguration
{
    private ArticleConfiguration(EditorConfigSeverities severities, SuppressionFiles suppressions, IReadOnlyList<ConfigurationError> errors)
    {
        Severities = severities;
        Suppressions = suppressions;
        Errors = errors;
    }

    public EditorConfigSeverities Severities { get; }

    public SuppressionFiles Suppressions { get; }

    /// <summary>The pack each article's configuration names (<c>consistency_pack</c>), read from the same files as the severities.</summary>
    public IPackChoice Packs => Severities;

    /// <summary>What is wrong with the files read, ordered by file and line; empty when all can be used.</summary>
    public IReadOnlyList<ConfigurationError> Errors { get; }

    /// <param name="baseDirectory">The folder the inputs' display paths are relative to.</param>
    /// <param name="inputs">The articles to be checked.</param>
    /// <param name="explicitConfigPath">A configuration file the user named, applied last; or null.</param>
    public static ArticleConfiguration Load(string baseDirectory, IReadOnlyList<ArticleInput> inputs, string? explicitConfigPath = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        // The articles' folders, found once for both kinds of file: a file's path is already full.
        var root = Path.GetFullPath(baseDirectory);
        var folders = inputs.Select(i => Path.GetDirectoryName(i.FilePath ?? Path.GetFullPath(i.DisplayPath, root))!)
            .Distinct(StringComparer.Ordinal).ToArray();
        var severities = new EditorConfigSeverities(baseDirectory, explicitConfigPath);
        var suppressions = new SuppressionFiles(baseDirectory);
        var errors = severities.LoadFolders(folders).Concat(suppressions.LoadFolders(folders))
            .Distinct()
            .OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line)
            .ToArray();
        return new ArticleConfiguration(severities, suppressions, errors);
    }

    public AnalyzerOptions ApplyTo(AnalyzerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Without any file, the plain defaults: no lookup per finding, no suppression check per article.
        return options with
        {
            Severities = Severities.ConfiguresAnything ? Severities : DefaultSeverities.Instance,
            Suppressions = Suppressions.ReviewsReports ? Suppressions : NoSuppressions.Instance,
        };
    }
}
