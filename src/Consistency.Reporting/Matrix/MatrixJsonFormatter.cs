using Consistency.Rules;
using System.Text.Json;
using Consistency.Analysis;

namespace Consistency.Reporting.Matrix;

/// <summary>
/// The matrix as JSON (schema version <see cref="SchemaVersion"/>): the facts, the articles, one
/// entry per fact and article that is not silent (status and each value with its attribution and
/// place), and the findings across sources with their related locations.
/// </summary>
public sealed class MatrixJsonFormatter(ToolInfo tool) : IMatrixFormatter
{
    public const int SchemaVersion = 1;

    public void Write(MatrixReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var matrix = report.Matrix;
        JsonText.Write(writer, (json, spill) =>
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            json.WriteStartObject("tool");
            json.WriteString("name", tool.Name);
            json.WriteString("version", tool.Version);
            json.WriteEndObject();
            Strings(json, "facts", matrix.Facts);
            Strings(json, "articles", matrix.Articles);
            json.WriteStartArray("cells");
            foreach (var fact in matrix.Facts)
            {
                foreach (var article in matrix.Articles)
                {
                    var cell = matrix[fact, article];
                    if (cell.Status != CellStatus.Silent)
                    {
                        Cell(json, fact, article, cell);
                        spill();
                    }
                }
            }

            json.WriteEndArray();
            json.WriteStartArray("quotes");
            foreach (var quote in report.Quotes)
            {
                Quote(json, quote, spill);
            }

            json.WriteEndArray();
            json.WriteStartArray("findings");
            foreach (var finding in report.Findings)
            {
                Finding(json, finding);
                spill();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void Cell(Utf8JsonWriter json, string fact, string article, MatrixCell cell)
    {
        json.WriteStartObject();
        json.WriteString("fact", fact);
        json.WriteString("path", article);
        json.WriteString("status", cell.StatusWord);
        json.WriteStartArray("values");
        foreach (var value in cell.Values)
        {
            var o = value.Observation;
            json.WriteStartObject();
            json.WriteString("value", o.Value);
            JsonText.WriteOrNull(json, "qualifier", o.Qualifier);
            JsonText.WriteOrNull(json, "source", o.Source);
            JsonText.WriteOrNull(json, "party", o.Party);
            json.WriteString("words", value.Words);
            JsonText.WriteRegion(json, "region", value.Location);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A quote across sources: its occasion and each wording with its word diff against wording 1 and every place it stands.</summary>
    private static void Quote(Utf8JsonWriter json, QuoteGroup quote, Action spill)
    {
        json.WriteStartObject();
        json.WriteString("fact", quote.Fact);
        json.WriteNumber("articles", quote.Articles);
        json.WriteStartArray("wordings");
        foreach (var rendering in quote.Renderings)
        {
            json.WriteStartObject();
            json.WriteNumber("number", rendering.Number);
            json.WriteString("text", rendering.Text);
            JsonText.WriteOrNull(json, "diff", rendering.Diff);
            json.WriteStartArray("places");
            foreach (var place in rendering.Places)
            {
                json.WriteStartObject();
                json.WriteString("path", place.Path);
                JsonText.WriteOrNull(json, "speaker", place.Observation.Source);
                JsonText.WriteRegion(json, "region", place.Location);
                json.WriteEndObject();
                spill();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Finding(Utf8JsonWriter json, Diagnostic d)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", d.Id);
        json.WriteString("severity", d.Severity.ToReportWord());
        json.WriteString("message", d.Message);
        json.WriteString("path", d.Path);
        JsonText.WriteRegion(json, "region", d.Location);
        json.WriteStartArray("relatedLocations");
        foreach (var related in d.Related)
        {
            json.WriteStartObject();
            json.WriteString("path", related.Path);
            JsonText.WriteRegion(json, "region", related.Location);
            json.WriteString("message", related.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
