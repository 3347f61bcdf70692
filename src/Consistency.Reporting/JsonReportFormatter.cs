using System.Text.Json;
using Consistency.Analysis;
using Consistency.Rules;

namespace Consistency.Reporting;

/// <summary>
/// The JSON report (schema version <see cref="SchemaVersion"/>, documented in README "JSON
/// report"): the tool, the counts, the rules that ran, each article's count, and every finding
/// with its place, words, fingerprint and suppression. Fields are only ever added within a
/// version; a renamed or removed field is a new version.
/// </summary>
public sealed class JsonReportFormatter(ToolInfo tool) : IReportFormatter
{
    public const int SchemaVersion = 1;

    public void Write(AnalysisResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        result = result.WithCorpusFindingsInArticles(); // findings in path and position order, corpus findings among them
        JsonText.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            json.WriteStartObject("tool");
            json.WriteString("name", tool.Name);
            json.WriteString("version", tool.Version);
            json.WriteEndObject();
            WriteSummary(json, result);
            WriteRules(json, result.Rules);
            WriteArticles(json, result);
            json.WriteStartArray("findings");
            foreach (var report in result.Reports)
            {
                WriteFindings(json, report);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteSummary(Utf8JsonWriter json, AnalysisResult result)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("articles", result.Articles.Count);
        json.WriteNumber("findings", result.Diagnostics.Count());
        json.WriteNumber("errors", result.Count(Severity.Error));
        json.WriteNumber("warnings", result.Count(Severity.Warning));
        json.WriteNumber("suggestions", result.Count(Severity.Info));
        json.WriteNumber("hidden", result.Count(Severity.Hidden));
        json.WriteNumber("suppressed", result.Diagnostics.Count(d => d.IsSuppressed));
        json.WriteEndObject();
    }

    private static void WriteRules(Utf8JsonWriter json, IReadOnlyList<RuleDescriptor> rules)
    {
        json.WriteStartArray("rules");
        foreach (var rule in rules.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("title", rule.Title);
            json.WriteString("category", rule.Category);
            json.WriteString("defaultSeverity", rule.DefaultSeverity.ToReportWord());
            json.WriteString("helpUri", rule.HelpLink.OriginalString);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteArticles(Utf8JsonWriter json, AnalysisResult result)
    {
        json.WriteStartArray("articles");
        foreach (var article in result.Articles)
        {
            json.WriteStartObject();
            json.WriteString("path", article.Path);
            json.WriteNumber("findings", article.Diagnostics.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteFindings(Utf8JsonWriter json, ArticleReport report)
    {
        var fingerprints = FindingFingerprint.Of(report);
        for (var i = 0; i < report.Diagnostics.Count; i++)
        {
            var d = report.Diagnostics[i];
            json.WriteStartObject();
            json.WriteString("ruleId", d.Id);
            json.WriteString("severity", d.Severity.ToReportWord());
            json.WriteString("message", d.Message);
            json.WriteString("path", d.Path);
            JsonText.WriteRegion(json, "region", d.Location);
            json.WriteStartObject("offset");
            json.WriteNumber("start", d.Span.Start);
            json.WriteNumber("length", d.Span.Length);
            json.WriteEndObject();
            json.WriteString("words", d.Words);
            JsonText.WriteOrNull(json, "excerpt", d.Excerpt);

            json.WriteString("fingerprint", fingerprints[i]);
            WriteSuppression(json, d);
            WriteRelated(json, d);
            json.WriteEndObject();
        }
    }

    /// <summary>The other places a corpus finding concerns; absent (not empty) for a finding that has none, so older reports read the same.</summary>
    private static void WriteRelated(Utf8JsonWriter json, Diagnostic d)
    {
        if (d.Related.Count == 0)
        {
            return;
        }

        json.WriteStartArray("relatedLocations");
        foreach (var related in d.Related)
        {
            json.WriteStartObject();
            json.WriteString("path", related.Path);
            JsonText.WriteRegion(json, "region", related.Location);
            json.WriteStartObject("offset");
            json.WriteNumber("start", related.Span.Start);
            json.WriteNumber("length", related.Span.Length);
            json.WriteEndObject();
            json.WriteString("message", related.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteSuppression(Utf8JsonWriter json, Diagnostic d)
    {
        if (d.Suppression is not { } s)
        {
            json.WriteNull("suppression");
            return;
        }

        json.WriteStartObject("suppression");
        json.WriteString("justification", s.Justification);
        json.WriteString("source", s.Source);
        json.WriteNumber("line", s.Location.StartLine);
        json.WriteEndObject();
    }
}
