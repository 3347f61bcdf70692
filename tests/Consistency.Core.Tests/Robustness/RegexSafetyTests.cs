using System.Text;
using System.Text.RegularExpressions;
using Consistency.Core.Tests.Support;
using Consistency.Testing;

namespace Consistency.Core.Tests.Robustness;

/// <summary>
/// No regular expression in the engine or a rule pack may backtrack catastrophically: the engine
/// tokenizes in one linear pass and rules read claims, so any regex that appears in src/ must be
/// built with <see cref="RegexOptions.NonBacktracking"/>. Adversarial lines check the linear path
/// gives the right answer on the inputs that break backtracking matchers.
/// </summary>
public sealed partial class RegexSafetyTests
{
    [Test]
    public void Every_regex_in_src_is_non_backtracking()
    {
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.cs", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            foreach (Match use in RegexUse().Matches(text))
            {
                var statement = text[use.Index..Math.Min(text.Length, text.IndexOf(';', use.Index) is var end and >= 0 ? end : text.Length)];
                if (!statement.Contains("NonBacktracking", StringComparison.Ordinal))
                {
                    offenders.Add($"{Path.GetRelativePath(RepositoryPaths.Root, file)}: {statement.Split('\n')[0].Trim()}");
                }
            }
        }

        offenders.ShouldBeEmpty("use RegexOptions.NonBacktracking (or read tokens and claims instead of raw text)");
    }

    [Test]
    public void The_scan_recognises_a_backtracking_regex()
    {
        RegexUse().IsMatch("var r = new Regex(\"(a+)+$\");").ShouldBeTrue();
        RegexUse().IsMatch("[GeneratedRegex(\"(a+)+$\")]").ShouldBeTrue();
        RegexUse().IsMatch("Regex.IsMatch(text, \"(a+)+$\")").ShouldBeTrue();
    }

    public static IEnumerable<TestCaseData> AdversarialLines()
    {
        yield return new TestCaseData(new string('a', 200_000) + "!").SetName("one long word then a bang");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("1,", 100_000)) + "x").SetName("digit-comma runs");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("U.", 100_000))).SetName("acronym dots without end");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("every ", 50_000)) + "years").SetName("cue word repeated");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("\u201C\"'\u2019", 50_000))).SetName("quotes only");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("twenty-", 50_000)) + "three countries").SetName("number words chained");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("Zapad-", 50_000)) + "2022").SetName("series names chained");
    }

    [TestCaseSource(nameof(AdversarialLines))]
    public void Adversarial_lines_are_checked_without_engine_failure(string line)
    {
        var text = new StringBuilder(line).Append("\nObservers from 32 countries watched the Zapad drills.\n").ToString();
        var report = EngineRun.Text(text);
        report.Diagnostics.ShouldNotContain(d => d.Id.StartsWith("CON", StringComparison.Ordinal));
        report.Diagnostics.ShouldContain(d => d.Id == "ZAP004" && d.Location.StartLine == 2);
    }

    [GeneratedRegex(@"new\s+Regex\s*\(|\bRegex\s*\.\s*(?:IsMatch|Match|Matches|Replace|Split|Count|EnumerateMatches)\s*\(|\[GeneratedRegex\s*\(", RegexOptions.NonBacktracking)]
    private static partial Regex RegexUse();
}
