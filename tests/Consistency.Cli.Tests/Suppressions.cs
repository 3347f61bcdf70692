namespace Consistency.Cli.Tests;

/// <summary>Builds <c>consistency.suppressions.json</c> texts for tests.</summary>
internal static class Suppressions
{
    public const string FileName = "consistency.suppressions.json";

    public static string File(params string[] entries) =>
        "{\n  \"version\": 1,\n  \"suppressions\": [\n" + string.Join(",\n", entries) + "\n  ]\n}\n";

    public static string Entry(string article, string rule, string words, string? justification, int? occurrence = null)
    {
        var parts = new List<string> { $"\"article\": \"{article}\"", $"\"rule\": \"{rule}\"", $"\"words\": \"{words}\"" };
        if (occurrence is { } n)
        {
            parts.Add($"\"occurrence\": {n}");
        }

        if (justification is not null)
        {
            parts.Add($"\"justification\": \"{justification}\"");
        }

        return "    { " + string.Join(", ", parts) + " }";
    }
}
