using Consistency.Testing;

namespace Consistency.Packs.Zapad2025.Tests.Corpus;

/// <summary>
/// The two tables of tests/CORPUS.md, written by the team with the corpus: every planted error
/// (file, exact words, expected severity) and every true look-alike (file, exact words).
/// </summary>
public static class CorpusManifest
{
    public sealed record Entry(string File, string Words, string? ExpectedSeverity, string Row)
    {
        public override string ToString() => Row;
    }

    public static IReadOnlyList<Entry> Planted => Parsed.Value.Planted;

    public static IReadOnlyList<Entry> LookAlikes => Parsed.Value.LookAlikes;

    private static readonly Lazy<(List<Entry> Planted, List<Entry> LookAlikes)> Parsed = new(Parse);

    private static (List<Entry>, List<Entry>) Parse()
    {
        var planted = new List<Entry>();
        var lookAlikes = new List<Entry>();
        var section = "";
        foreach (var line in File.ReadLines(Path.Combine(RepositoryPaths.Root, "tests", "CORPUS.md")))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                section = line;
                continue;
            }

            var cells = line.Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length < 4 || !cells.Any(c => c.EndsWith(".txt", StringComparison.Ordinal)))
            {
                continue;
            }

            if (section.Contains("Planted", StringComparison.Ordinal) && cells.Length >= 8)
            {
                planted.Add(new Entry(cells[2], Unquote(cells[3]), cells[6], $"#{cells[1]} {cells[2]}: {cells[3]}"));
            }
            else if (section.Contains("Look-alikes", StringComparison.Ordinal))
            {
                lookAlikes.Add(new Entry(cells[1], Unquote(cells[2]), null, $"{cells[1]}: {cells[2]}"));
            }
        }

        return (planted, lookAlikes);
    }

    private static string Unquote(string cell) => cell.Trim('`');
}
