using System.Collections.Concurrent;
using System.Globalization;
using Consistency.Analysis.Configuration;
using Consistency.Rules;

namespace Consistency.Analysis.Suppressions;

/// <summary>
/// The suppression files articles see: every <c>consistency.suppressions.json</c> from an
/// article's folder upwards. Each file is read once, so ten thousand articles cost a few reads.
/// </summary>
public sealed class SuppressionFiles : ISuppressions
{
    private readonly string _baseDirectory;
    private readonly ConcurrentDictionary<string, SuppressionFileContents?> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Dictionary<string, SuppressionEntry[]>> _folderEntries = new(StringComparer.Ordinal);

    public SuppressionFiles(string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(baseDirectory);
        _baseDirectory = Path.GetFullPath(baseDirectory);
    }

    /// <summary>Reads every suppression file articles in these folders (full paths, each once) see and returns what is wrong with them.</summary>
    public IReadOnlyList<ConfigurationError> LoadFolders(IEnumerable<string> folders)
    {
        ArgumentNullException.ThrowIfNull(folders);
        foreach (var folder in folders)
        {
            EntriesSeenFrom(folder);
        }

        return Loaded().SelectMany(f => f.Errors).ToArray();
    }

    public ArticleReport Apply(ArticleReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var fullPath = FullPath(report.Path);
        if (!EntriesSeenFrom(Path.GetDirectoryName(fullPath)!).TryGetValue(fullPath, out var entries))
        {
            return report;
        }

        // Looked up by what they name, not tried one by one: thousands of entries for one article must not cost entries x findings.
        var byFinding = new Dictionary<(string Rule, string Words, int Occurrence), SuppressionEntry>();
        foreach (var entry in entries.Where(e => e.IsJustified))
        {
            byFinding.TryAdd((entry.RuleId.ToUpperInvariant(), entry.Words, entry.Occurrence), entry); // the nearest file's entry first
        }

        var occurrences = Occurrences.Number(report.Diagnostics);
        var marked = report.Diagnostics.Select((d, i) =>
            byFinding.TryGetValue((d.Id.ToUpperInvariant(), d.Words, occurrences[i]), out var entry) ? d with { Suppression = entry.ToSuppression() } : d);
        return report with { Diagnostics = marked.ToArray() };
    }

    /// <summary>Whether a suppression file was found (by <see cref="LoadFolders"/> or since).</summary>
    public bool ReviewsReports => Loaded().Any();

    public IReadOnlyList<ArticleReport> Review(IReadOnlyList<ArticleReport> articles, Func<string, bool> ruleRan, Func<string, bool> ruleExists)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(ruleRan);
        ArgumentNullException.ThrowIfNull(ruleExists);
        var files = Loaded().OrderBy(f => f.DisplayPath, StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            return []; // nothing to review: skip indexing every article by its full path
        }

        // Each checked article with the suppressions applied in it, so an entry's staleness is one lookup.
        var checkedArticles = articles
            .Where(a => !a.Diagnostics.Any(EngineDiagnostics.IsInputFailure))
            .ToDictionary(a => FullPath(a.Path), a => a.Diagnostics.Select(d => d.Suppression).OfType<Suppression>().ToHashSet(), StringComparer.Ordinal);
        var reports = new List<ArticleReport>();
        foreach (var file in files)
        {
            var problems = file.Entries.Select(e => Problem(e, checkedArticles, ruleRan, ruleExists)).OfType<Diagnostic>().ToList();
            if (problems.Count > 0)
            {
                problems.Sort(Diagnostic.Order);
                reports.Add(new ArticleReport(file.DisplayPath, problems));
            }
        }

        return reports;
    }

    private static Diagnostic? Problem(
        SuppressionEntry entry, Dictionary<string, HashSet<Suppression>> checkedArticles, Func<string, bool> ruleRan, Func<string, bool> ruleExists)
    {
        if (!entry.IsJustified)
        {
            return Report(EngineDiagnostics.UnjustifiedSuppression, entry, entry.RuleId, entry.Article);
        }

        // A rule no pack has (a typo, a retired rule) can never match, whether or not --rules chose it.
        var stale = !ruleExists(entry.RuleId)
            || (checkedArticles.TryGetValue(entry.ArticleFullPath, out var applied)
                ? ruleRan(entry.RuleId) && !applied.Contains(entry.ToSuppression())
                : !File.Exists(entry.ArticleFullPath));
        return stale ? Report(EngineDiagnostics.StaleSuppression, entry, entry.RuleId, entry.Words, entry.Article) : null;
    }

    private static Diagnostic Report(RuleDescriptor descriptor, SuppressionEntry entry, params object[] args) =>
        new(descriptor, descriptor.DefaultSeverity, string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args),
            entry.SourceFile, entry.Span, entry.Location, null, default);

    /// <summary>The entries a folder's articles see, nearest file first, by the article's full path.</summary>
    private Dictionary<string, SuppressionEntry[]> EntriesSeenFrom(string folder) =>
        _folderEntries.GetOrAdd(folder, f => FolderChain.Upwards(f)
            .Select(dir => _files.GetOrAdd(Path.Combine(dir, SuppressionFile.FileName), ReadIfPresent))
            .OfType<SuppressionFileContents>()
            .SelectMany(file => file.Entries)
            .GroupBy(e => e.ArticleFullPath, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal));

    private SuppressionFileContents? ReadIfPresent(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var display = ArticleDiscovery.DisplayPath(path, _baseDirectory);
        var (entries, errors) = SuppressionFile.Read(path, display);
        return new SuppressionFileContents(display, entries, errors);
    }

    private IEnumerable<SuppressionFileContents> Loaded() => _files.Values.OfType<SuppressionFileContents>();

    private string FullPath(string displayPath) => Path.GetFullPath(displayPath, _baseDirectory);
}
