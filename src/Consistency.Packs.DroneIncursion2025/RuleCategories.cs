namespace Consistency.Packs.DroneIncursion2025;

/// <summary>The categories this pack's rules fall in.</summary>
public static class RuleCategories
{
    public const string Chronology = "Chronology";
    public const string Figures = "Figures";
    public const string Places = "Places";
    public const string People = "People";
}
