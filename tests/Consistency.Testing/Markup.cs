using Microsoft.CodeAnalysis.Text;

namespace Consistency.Testing;

/// <summary>
/// Test input with its expected findings marked in place, after roslyn-sdk's markup:
/// <c>[|2022|]</c> marks a span any rule under test must report, <c>{|ZAP002:2022|}</c> one that
/// rule ZAP002 must report. No line or column is ever typed by hand.
/// </summary>
public sealed record Markup(string Text, IReadOnlyList<(TextSpan Span, string? RuleId)> Spans)
{
    public static Markup Parse(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        var text = new System.Text.StringBuilder(markup.Length);
        var spans = new List<(TextSpan, string?)>();
        var open = new Stack<(int Start, string? Id)>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (At(markup, i, "[|"))
            {
                open.Push((text.Length, null));
                i++;
            }
            else if (At(markup, i, "{|"))
            {
                var colon = markup.IndexOf(':', i);
                open.Push((text.Length, markup[(i + 2)..colon]));
                i = colon;
            }
            else if (At(markup, i, "|]") || At(markup, i, "|}"))
            {
                var (start, id) = open.Pop();
                spans.Add((TextSpan.FromBounds(start, text.Length), id));
                i++;
            }
            else
            {
                text.Append(markup[i]);
            }
        }

        if (open.Count > 0)
        {
            throw new FormatException("Unclosed markup span in test input.");
        }

        spans.Sort((a, b) => a.Item1.Start.CompareTo(b.Item1.Start));
        return new Markup(text.ToString(), spans);
    }

    /// <summary>Writes text back with spans marked, to show in a failure what was actually reported.</summary>
    public static string Render(string text, IEnumerable<(TextSpan Span, string Id)> spans)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new System.Text.StringBuilder(text);
        foreach (var (span, id) in spans.OrderByDescending(s => s.Span.Start).ThenByDescending(s => s.Span.End))
        {
            result.Insert(span.End, "|}");
            result.Insert(span.Start, "{|" + id + ":");
        }

        return result.ToString();
    }

    private static bool At(string s, int i, string token) => string.CompareOrdinal(s, i, token, 0, token.Length) == 0;
}
