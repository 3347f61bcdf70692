namespace Consistency.Rules.Kinds;

/// <summary>Message formats the kinds of check share, so a desk reads one shape of message across facts.</summary>
public static class KindMessages
{
    /// <summary>{0} what the facts say, {1} the article's own words: "The drill ended on Tuesday 16 September 2025; the article says \"Monday\"".</summary>
    public const string ArticleSays = "{0}; the article says \"{1}\"";

    /// <summary>"a", "a and b", "a, b and c": the words a message lists.</summary>
    public static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list.Take(list.Count - 1))} and {list[^1]}";
    }
}
