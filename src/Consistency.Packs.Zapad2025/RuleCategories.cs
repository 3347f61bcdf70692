namespace Consistency.Packs.Zapad2025;

/// <summary>The one place rule categories are named.</summary>
public static class RuleCategories
{
    public const string Series = "Series";
    public const string Observers = "Observers";
    public const string Figures = "Figures";
    public const string Chronology = "Chronology";
    public const string People = "People";
    public const string Places = "Places";
    public const string Quotes = "Quotes";
}
