using Consistency.Analysis;
using Consistency.Core.Tests.Support;
using Consistency.Reporting;

namespace Consistency.Core.Tests.Robustness;

/// <summary>
/// One enormous sentence repeating wrong words (a 110 KB line of "Zapad 2022 "): each finding shows
/// a window of the sentence, not all of it, and one rule reports at most a fixed number of findings
/// per sentence, the last saying how many more there were. Ordinary sentences are shown whole.
/// </summary>
public sealed class LongSentenceTests
{
    private const int Repeats = 10_000;

    private static readonly string Line = string.Concat(Enumerable.Repeat("Zapad 2022 ", Repeats));

    [Test]
    public void A_rule_reports_at_most_the_limit_in_one_sentence_and_says_how_many_more()
    {
        var report = EngineRun.Text(Line);

        var byRule = report.Diagnostics.GroupBy(d => d.Id).ToList();
        byRule.ShouldNotBeEmpty();
        foreach (var rule in byRule)
        {
            var findings = rule.ToList();
            findings.Count.ShouldBeLessThanOrEqualTo(FindingsPerSentence.Limit);
            if (findings.Count == FindingsPerSentence.Limit)
            {
                findings[^1].Message.ShouldMatch($@" \(and [\d,]+ more {rule.Key} findings in this sentence, not listed\)$");
                findings.Take(findings.Count - 1).ShouldAllBe(d => !d.Message.Contains("more", StringComparison.Ordinal));
            }
        }

        report.Diagnostics.ShouldContain(d => d.Message.EndsWith($"(and {Repeats - FindingsPerSentence.Limit:N0} more ZAP005 findings in this sentence, not listed)", StringComparison.Ordinal));
    }

    [Test]
    public void Each_excerpt_of_a_long_sentence_is_a_window_around_its_words_with_ellipses()
    {
        var report = EngineRun.Text(Line);

        foreach (var d in report.Diagnostics)
        {
            d.Excerpt!.Length.ShouldBeLessThanOrEqualTo(d.Span.Length + (2 * ExcerptWindow.Margin) + 2);
            d.Words.ShouldBe(Line.Substring(d.Span.Start, d.Span.Length));
            d.Excerpt.ShouldEndWith(ExcerptWindow.Ellipsis);
            (d.ExcerptLead == 1).ShouldBe(d.Excerpt.StartsWith(ExcerptWindow.Ellipsis, StringComparison.Ordinal));
            d.Excerpt[d.ExcerptLead..^1].ShouldBe(Line.Substring(d.ExcerptSpan.Start, d.ExcerptSpan.Length));
        }

        var first = report.Diagnostics[0];
        first.ExcerptLead.ShouldBe(0, "the first words stand near the sentence's start: nothing is cut before them");
        first.ExcerptSpan.Start.ShouldBe(0);
        first.Excerpt.ShouldStartWith("Zapad 2022 ");

        var last = report.Diagnostics[^1];
        last.Excerpt.ShouldStartWith(ExcerptWindow.Ellipsis);
        last.ExcerptSpan.Start.ShouldBeGreaterThan(0);
        Line[last.ExcerptSpan.Start - 1].ShouldBe(' ', "the window opens at a word's start");
    }

    [Test]
    public void The_snapshot_marks_the_words_inside_a_cut_excerpt()
    {
        var report = EngineRun.Text(Line);

        var snapshot = SnapshotFormatter.Format(report);

        var marked = snapshot.Split('\n').Where(l => l.StartsWith("    ", StringComparison.Ordinal)).ToList();
        marked.ShouldNotBeEmpty();
        marked.ShouldAllBe(l => l.Contains("[|", StringComparison.Ordinal) && l.Contains("|]", StringComparison.Ordinal));
        marked.Select(l => l[(l.IndexOf("[|", StringComparison.Ordinal) + 2)..l.IndexOf("|]", StringComparison.Ordinal)])
            .ShouldBe(report.Diagnostics.Select(d => d.Words));
        marked[^1].ShouldStartWith("    …");
    }

    [Test]
    public void An_ordinary_sentence_is_shown_whole()
    {
        const string Sentence = "The last Zapad was held in 2022, officials said.";

        var finding = EngineRun.Text(Sentence).Diagnostics[0];

        finding.Excerpt.ShouldBe(Sentence);
        finding.ExcerptLead.ShouldBe(0);
    }
}
