using System.Text.Json;
using Consistency.Testing;

namespace Consistency.Browser.Tests;

/// <summary>
/// One finding as the JSON report gives it: what the page must show, found independently of the
/// HTML; <c>HelpUri</c> is its rule's first evidence page (<c>rules[].helpUri</c>).
/// </summary>
internal sealed record ExpectedFinding(string Path, string RuleId, string Severity, string Words, string Message, bool Suppressed, string HelpUri)
{
    /// <summary>The findings of <c>consistency check &lt;args&gt; --format json</c>, in report order.</summary>
    public static List<ExpectedFinding> Of(string workingDirectory, params string[] args)
    {
        var json = ReportRun.Check(workingDirectory, [.. args, "--format", "json"]);
        using var report = JsonDocument.Parse(json);
        var help = report.RootElement.GetProperty("rules").EnumerateArray()
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("helpUri").GetString()!, StringComparer.Ordinal);
        return report.RootElement.GetProperty("findings").EnumerateArray().Select(f => new ExpectedFinding(
            f.GetProperty("path").GetString()!,
            f.GetProperty("ruleId").GetString()!,
            f.GetProperty("severity").GetString()!,
            f.GetProperty("words").GetString()!,
            f.GetProperty("message").GetString()!,
            f.GetProperty("suppression").ValueKind != JsonValueKind.Null,
            help[f.GetProperty("ruleId").GetString()!])).ToList();
    }

    public static List<ExpectedFinding> OfSeeds() => Of(RepositoryPaths.Root, "seeds");
}
