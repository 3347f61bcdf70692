using System.Collections.Concurrent;
using System.Collections.Immutable;
using Consistency.Rules;
using Microsoft.CodeAnalysis;

namespace Consistency.Analysis.Configuration;

/// <summary>
/// Severities the .NET way: <c>dotnet_diagnostic.&lt;ID&gt;.severity</c> from the .editorconfig files
/// found from each article's folder upwards (stopping after one with <c>root = true</c>), matched
/// by Roslyn's own <see cref="AnalyzerConfigSet"/>, so globs mean what they mean to the compiler.
/// An explicit configuration file, if given, is applied last and wins. As in Roslyn, a configured
/// severity replaces whatever severity the rule reported. Parsed files and each folder's set are
/// cached, so ten thousand articles in a few folders cost a few parses.
/// </summary>
public sealed class EditorConfigSeverities : ISeverityConfiguration, IPackChoice
{
    /// <summary>The key that names the pack checking the articles a section matches: <c>consistency_pack = Zapad2025</c>.</summary>
    public const string PackKey = "consistency_pack";

    private readonly string _baseDirectory;
    private readonly AnalyzerConfigSet? _explicit;
    private readonly ConcurrentDictionary<string, EditorConfigFile?> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AnalyzerConfigSet> _folderSets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ImmutableDictionary<string, ReportDiagnostic>> _articleOptions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ImmutableDictionary<string, ReportDiagnostic>> _folderOptions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> _articlePacks = new(StringComparer.Ordinal);
    private readonly List<ConfigurationError> _explicitErrors = [];

    /// <summary>The .editorconfig texts a host holds, by full path, read instead of the disk; null: read the disk.</summary>
    private readonly IReadOnlyDictionary<string, string>? _texts;

    /// <param name="baseDirectory">The folder article display paths are relative to.</param>
    /// <param name="explicitConfigPath">A configuration file named by the user (<c>--config</c>), or null.</param>
    public EditorConfigSeverities(string baseDirectory, string? explicitConfigPath = null)
    {
        ArgumentNullException.ThrowIfNull(baseDirectory);
        _baseDirectory = Path.GetFullPath(baseDirectory);
        if (explicitConfigPath is not null)
        {
            var full = Path.GetFullPath(explicitConfigPath, _baseDirectory);
            var display = ArticleDiscovery.DisplayPath(full, _baseDirectory);
            if (!File.Exists(full) && !Directory.Exists(full))
            {
                _explicitErrors.Add(new ConfigurationError(display, 0, "the configuration file does not exist"));
                return;
            }

            var file = EditorConfigFile.Read(full, display);
            _explicitErrors.AddRange(file.Errors);
            _explicit = AnalyzerConfigSet.Create(ImmutableArray.Create(file.Config));
        }
    }

    private EditorConfigSeverities(IReadOnlyDictionary<string, string> texts)
    {
        _baseDirectory = "";
        _texts = texts;
    }

    /// <summary>
    /// Severities from .editorconfig files whose texts the host already holds (full path to text), with
    /// no file read: the compiler hands an analyzer its configuration files as AdditionalFiles. A
    /// folder whose <c>.editorconfig</c> is not among them has none. Article paths must be full paths.
    /// </summary>
    public static EditorConfigSeverities FromTexts(IEnumerable<KeyValuePair<string, string>> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, text) in files)
        {
            texts[Path.GetFullPath(path)] = text;
        }

        return new EditorConfigSeverities(texts);
    }

    /// <summary>
    /// Reads every configuration file articles in these folders (full paths, each once) see, before
    /// any is analysed, and returns what is wrong with them (empty when all can be used).
    /// </summary>
    public IReadOnlyList<ConfigurationError> LoadFolders(IEnumerable<string> folders)
    {
        ArgumentNullException.ThrowIfNull(folders);
        var errors = new List<ConfigurationError>(_explicitErrors);
        var seen = new HashSet<EditorConfigFile>(ReferenceEqualityComparer.Instance);
        foreach (var folder in folders)
        {
            foreach (var file in Chain(folder))
            {
                if (seen.Add(file))
                {
                    errors.AddRange(file.Errors);
                }
            }
        }

        return errors;
    }

    /// <summary>Whether a configuration file was found (by <see cref="LoadFolders"/> or since) or one was named: else every finding keeps its reported severity.</summary>
    public bool ConfiguresAnything => _explicit is not null || _files.Values.Any(file => file is not null);

    public Severity? Resolve(RuleDescriptor rule, Severity reported, string articlePath)
    {
        ArgumentNullException.ThrowIfNull(rule);
        // Keyed by the reported path: resolving it to a full path for each of an article's findings showed in profiles.
        var options = _articleOptions.GetOrAdd(articlePath, path => OptionsFor(FullPath(path)));
        return options.TryGetValue(rule.Id, out var configured) ? Apply(configured, reported) : reported;
    }

    /// <summary>
    /// The pack named for an article by <c>consistency_pack</c>: the nearest file's matching section
    /// wins, a global config's value counts where no section names one, and an explicit file
    /// (<c>--config</c>) wins over both. Null when no file names one.
    /// </summary>
    public string? PackFor(string articlePath)
    {
        ArgumentNullException.ThrowIfNull(articlePath);
        return _articlePacks.GetOrAdd(articlePath, path => PackOf(FullPath(path)));
    }

    private string? PackOf(string fullPath)
    {
        if (_explicit is not null && Named(_explicit, fullPath) is { } chosen)
        {
            return chosen;
        }

        var folder = Path.GetDirectoryName(fullPath)!;
        var chain = Chain(folder);
        if (chain.Count == 0)
        {
            return null;
        }

        return Named(_folderSets.GetOrAdd(folder, _ => AnalyzerConfigSet.Create(chain.Select(c => c.Config).ToImmutableArray())), fullPath);
    }

    /// <summary>A set's <c>consistency_pack</c> for a file: its sections' value, else its global config's; Roslyn lowercases keys, not values.</summary>
    private static string? Named(AnalyzerConfigSet set, string fullPath)
    {
        if (set.GetOptionsForSourcePath(fullPath).AnalyzerOptions.TryGetValue(PackKey, out var name) && name.Trim().Length > 0)
        {
            return name.Trim();
        }

        return set.GlobalConfigOptions.AnalyzerOptions.TryGetValue(PackKey, out var global) && global.Trim().Length > 0 ? global.Trim() : null;
    }

    private ImmutableDictionary<string, ReportDiagnostic> OptionsFor(string fullPath)
    {
        var folder = Path.GetDirectoryName(fullPath)!;
        if (_folderOptions.TryGetValue(folder, out var shared))
        {
            return shared;
        }

        var chain = Chain(folder);
        if (_explicit is null && chain.Count == 0)
        {
            // No .editorconfig above the folder and no --config: nothing is configured for any of its
            // articles, and nothing needs matching (a corpus of a hundred such folders spent a few
            // percent of its run building and asking Roslyn's sets for these empty answers).
            return _folderOptions.GetOrAdd(folder, ImmutableDictionary<string, ReportDiagnostic>.Empty);
        }

        var found = _folderSets.GetOrAdd(folder, _ => AnalyzerConfigSet.Create(chain.Select(c => c.Config).ToImmutableArray()));
        var options = For(found, fullPath);
        return _explicit is null ? options : options.SetItems(For(_explicit, fullPath));
    }

    /// <summary>A set's severities for a file: a global config's (is_global = true) first, then the sections that match the file.</summary>
    private static ImmutableDictionary<string, ReportDiagnostic> For(AnalyzerConfigSet set, string fullPath) =>
        set.GlobalConfigOptions.TreeOptions.SetItems(set.GetOptionsForSourcePath(fullPath).TreeOptions);

    private static Severity? Apply(ReportDiagnostic configured, Severity reported) => configured switch
    {
        ReportDiagnostic.Suppress => null,
        ReportDiagnostic.Error => Severity.Error,
        ReportDiagnostic.Warn => Severity.Warning,
        ReportDiagnostic.Info => Severity.Info,
        ReportDiagnostic.Hidden => Severity.Hidden,
        _ => reported,
    };

    /// <summary>The .editorconfig files a folder sees, nearest first, up to and including a root file.</summary>
    private List<EditorConfigFile> Chain(string folder)
    {
        var chain = new List<EditorConfigFile>();
        foreach (var dir in FolderChain.Upwards(folder))
        {
            var path = Path.Combine(dir, EditorConfigFile.FileName);
            var file = _files.GetOrAdd(path, Find);
            if (file is not null)
            {
                chain.Add(file);
                if (file.IsRoot)
                {
                    break;
                }
            }
        }

        return chain;
    }

    /// <summary>The .editorconfig at this full path, from the host's texts or the disk; null when there is none.</summary>
    private EditorConfigFile? Find(string path)
    {
        if (_texts is not null)
        {
            return _texts.TryGetValue(path, out var text) ? EditorConfigFile.Parse(path, path, text) : null;
        }

        return File.Exists(path) ? EditorConfigFile.Read(path, ArticleDiscovery.DisplayPath(path, _baseDirectory)) : null;
    }

    private string FullPath(string displayPath) => _texts is null ? Path.GetFullPath(displayPath, _baseDirectory) : Path.GetFullPath(displayPath);
}
