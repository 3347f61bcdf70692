using System.Text.RegularExpressions;
using Consistency.Analysis;
using Consistency.Reporting;
using Consistency.Rules;
using Consistency.Text;
using Microsoft.CodeAnalysis.Text;

namespace Consistency.Cli.Tests;

/// <summary>
/// A text report is one finding per line, whatever the path, message or justification holds, so an
/// editor's problem matcher sees every finding. The pattern is VS Code's <c>$msCompile</c> matcher.
/// </summary>
public sealed partial class ReportLineTests
{
    [Test]
    public void A_line_break_in_a_quoted_excerpt_stays_on_the_findings_line_escaped()
    {
        var line = DiagnosticLine.Format(Finding("a.txt", "The article quotes \"we will\nnot yield\u2028ever\"\tthere"));

        line.ShouldBe("a.txt(3,5): error ZAP002: The article quotes \"we will\\nnot yield\\u2028ever\"\\tthere");
        MsCompile().IsMatch(line).ShouldBeTrue(line);
    }

    [Test]
    public void A_justification_with_a_line_break_stays_on_the_findings_line()
    {
        var suppressed = Finding("a.txt", "msg") with { Suppression = new Consistency.Analysis.Suppressions.Suppression("Reviewed:\r\nquoted", "suppressions.json", new LineSpan(1, 1, 1, 2)) };

        DiagnosticLine.Format(suppressed).ShouldBe("a.txt(3,5): error ZAP002: msg [suppressed: Reviewed:\\r\\nquoted]");
    }

    [Test]
    public void A_message_without_control_characters_is_unchanged()
    {
        OneLineText.Escape("Zapad-2021, not 2022 \\ “quoted” …").ShouldBe("Zapad-2021, not 2022 \\ “quoted” …");
    }

    [Test]
    public void Every_finding_of_an_article_whose_name_holds_a_newline_is_one_matched_line()
    {
        using var desk = new Desk();
        desk.AddSeed("odd\nname.txt");

        var run = desk.Check(".", "--format", "text");

        run.ExitCode.ShouldBe(ExitCodes.ErrorsFound, run.ToString());
        var lines = run.Out.TrimEnd('\n').Split('\n');
        lines.Length.ShouldBe(3, run.Out);   // two findings and the summary
        foreach (var finding in lines[..^1])
        {
            finding.ShouldStartWith("odd\\nname.txt(7,121): ");
            MsCompile().IsMatch(finding).ShouldBeTrue(finding);
        }
    }

    private static Diagnostic Finding(string path, string message)
    {
        var rule = new RuleDescriptor("ZAP002", "Title", "{0}", "Series", Severity.Error, new Uri("https://example.org/"), "Why");
        return new Diagnostic(rule, Severity.Error, message, path, new TextSpan(10, 4), new LineSpan(3, 5, 3, 9), null, default);
    }

    /// <summary>VS Code's built-in <c>$msCompile</c> problem matcher's pattern.</summary>
    [GeneratedRegex(@"^(?:\s*\d+>)?(\S.*?)(?:\((\d+|\d+,\d+|\d+,\d+,\d+,\d+)\))\s*:\s+(?:(\w+)\s+)?(error|warning|info)\s+(\w+\d+)\s*:\s*(.*)$")]
    private static partial Regex MsCompile();
}
