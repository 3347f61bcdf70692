namespace Consistency.Core.Tests.Properties;

/// <summary>One edit to an article: at a position given as a fraction of its length, delete, insert or duplicate.</summary>
public sealed record Mutation(MutationKind Kind, int PerMille, int Length, string Insert)
{
    public string ApplyTo(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var at = (int)((long)text.Length * PerMille / 1000);
        var length = Math.Min(Length, text.Length - at);
        return Kind switch
        {
            MutationKind.Delete => text.Remove(at, length),
            MutationKind.Duplicate => text.Insert(at, text.Substring(at, length)),
            _ => text.Insert(at, Insert),
        };
    }

    public override string ToString() => $"{Kind} at {PerMille}‰ len {Length} \"{Escape(Insert)}\"";

    private static string Escape(string s) => string.Concat(s.Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
}
