using Microsoft.Playwright;

namespace Consistency.Browser.Tests;

/// <summary>What the page marks, read from the rendered DOM: one entry per finding's mark, in report order.</summary>
internal sealed record MarkedFinding(string Id, string Path, string RuleId, string Words, bool On)
{
    /// <summary>
    /// Each finding's first mark (it has the id) with the text of all its parts: a finding that
    /// crosses another's end is continued in elements that name it (<c>data-part-of</c>).
    /// </summary>
    private const string Script = """
        () => Array.from(document.querySelectorAll('mark.finding[id]')).map(m => ({
          Id: m.id,
          Path: m.closest('article').querySelector('h3').textContent,
          Rule: m.dataset.rule,
          Words: [m, ...document.querySelectorAll('[data-part-of="' + m.id + '"]')].map(x => x.textContent).join(''),
          On: !m.classList.contains('off')
        }))
        """;

    public static async Task<List<MarkedFinding>> ReadAsync(IPage page)
    {
        var marks = await page.EvaluateAsync<Row[]>(Script);
        return marks.Select(m => new MarkedFinding(m.Id, m.Path, m.Rule, m.Words, m.On))
            .OrderBy(m => int.Parse(m.Id.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
    }

    /// <summary>Playwright fills results through a parameterless constructor and setters.</summary>
    private sealed class Row
    {
        public string Id { get; set; } = "";

        public string Path { get; set; } = "";

        public string Rule { get; set; } = "";

        public string Words { get; set; } = "";

        public bool On { get; set; }
    }
}
