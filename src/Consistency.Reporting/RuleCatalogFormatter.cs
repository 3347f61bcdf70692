using System.Text;
using Consistency.Rules;

namespace Consistency.Reporting;

/// <summary><c>consistency rules</c>: one aligned row per rule (ID, severity, category, title), ordered by ID.</summary>
public static class RuleCatalogFormatter
{
    private static readonly string[] Headers = ["ID", "SEVERITY", "CATEGORY", "TITLE"];

    public static string Format(IEnumerable<RuleDescriptor> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var rows = rules.OrderBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => new[] { r.Id, r.DefaultSeverity.ToReportWord(), r.Category, r.Title })
            .Prepend(Headers)
            .ToList();
        var widths = Enumerable.Range(0, Headers.Length - 1).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            for (var c = 0; c < widths.Length; c++)
            {
                text.Append(row[c].PadRight(widths[c] + 2));
            }

            text.Append(row[^1]).Append('\n');
        }

        return text.ToString();
    }
}
