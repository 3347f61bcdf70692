using System.Text.Json;
using Consistency.Analysis;
using Consistency.Rules;

namespace Consistency.Reporting;

/// <summary>
/// SARIF 2.1.0, the log GitHub code scanning and other review tools read. One run: the tool and
/// every rule that could report (<c>tool.driver.rules</c>), and one result per finding with its
/// rule, level, message, article (a relative URI against <see cref="SourceRootId"/>, so the log
/// holds no machine's paths) and full region; columns count UTF-16 code units, SARIF's default.
/// A suppressed finding carries an external suppression with the reviewer's justification.
/// </summary>
public sealed class SarifFormatter(ToolInfo tool) : IReportFormatter
{
    public const string SourceRootId = "SRCROOT";
    private const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    public void Write(AnalysisResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        result = result.WithCorpusFindingsInArticles(); // findings in path and position order, corpus findings among them
        var rules = result.Rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        JsonText.Write(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRootId);
            WriteMessage(json, "description", "The folder consistency ran in; article paths are relative to it.");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var report in result.Reports)
            {
                WriteResults(json, report, rules);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>SARIF's level for a severity: info is a "note", hidden is "none".</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "note",
        _ => "none",
    };

    private void WriteTool(Utf8JsonWriter json, IReadOnlyList<RuleDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", tool.Name);
        json.WriteString("version", tool.Version);
        json.WriteString("semanticVersion", tool.Version);
        if (tool.InformationUri is { } information)
        {
            json.WriteString("informationUri", information.AbsoluteUri); // optional in SARIF: left out rather than pointing nowhere
        }

        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", SarifRuleName.From(rule.Title));
            WriteMessage(json, "shortDescription", rule.Title);
            WriteMessage(json, "fullDescription", rule.Description);
            if (tool.AbsoluteHelpLink(rule.HelpLink) is { } help)
            {
                json.WriteString("helpUri", help.AbsoluteUri);
            }

            json.WriteStartObject("help");
            json.WriteString("text", SarifRuleHelp.Text(rule));
            json.WriteString("markdown", SarifRuleHelp.Markdown(rule));
            json.WriteEndObject();

            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResults(Utf8JsonWriter json, ArticleReport report, RuleDescriptor[] rules)
    {
        var fingerprints = FindingFingerprint.Of(report);
        for (var i = 0; i < report.Diagnostics.Count; i++)
        {
            var d = report.Diagnostics[i];
            json.WriteStartObject();
            json.WriteString("ruleId", d.Id);
            var index = Array.FindIndex(rules, r => r.Id == d.Id);
            if (index >= 0)
            {
                json.WriteNumber("ruleIndex", index);
            }

            json.WriteString("level", Level(d.Severity));
            WriteMessage(json, "message", d.Message);
            WriteLocation(json, d);
            WriteRelatedLocations(json, d);
            json.WriteStartObject("partialFingerprints");
            json.WriteString(FindingFingerprint.SarifKey, fingerprints[i]);
            json.WriteEndObject();
            if (d.Suppression is { } suppression)
            {
                json.WriteStartArray("suppressions");
                json.WriteStartObject();
                json.WriteString("kind", "external");
                json.WriteString("status", "accepted");
                json.WriteString("justification", suppression.Justification);
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }
    }

    private static void WriteLocation(Utf8JsonWriter json, Diagnostic d)
    {
        json.WriteStartArray("locations");
        json.WriteStartObject();
        WritePhysicalLocation(json, d.Path, d.Location);
        json.WriteEndObject();
        json.WriteEndArray();
    }

    /// <summary>A corpus finding's other articles (SARIF 2.1.0 §3.27.22), each with its message; written only when there are some.</summary>
    private static void WriteRelatedLocations(Utf8JsonWriter json, Diagnostic d)
    {
        if (d.Related.Count == 0)
        {
            return;
        }

        json.WriteStartArray("relatedLocations");
        for (var i = 0; i < d.Related.Count; i++)
        {
            json.WriteStartObject();
            json.WriteNumber("id", i);
            WritePhysicalLocation(json, d.Related[i].Path, d.Related[i].Location);
            WriteMessage(json, "message", d.Related[i].Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WritePhysicalLocation(Utf8JsonWriter json, string path, Text.LineSpan location)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        if (Path.IsPathRooted(path))
        {
            json.WriteString("uri", new Uri(path).AbsoluteUri);
        }
        else
        {
            json.WriteString("uri", RelativeUri(path));
            json.WriteString("uriBaseId", SourceRootId);
        }

        json.WriteEndObject();
        JsonText.WriteRegion(json, "region", location);
        json.WriteEndObject();
    }

    /// <summary>A relative path as a URI reference: each name escaped, forward slashes kept.</summary>
    private static string RelativeUri(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    private static void WriteMessage(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}
