namespace Consistency.Packs.Zapad2025;

/// <summary>The one place rule IDs are assigned. A rule file's name starts with its ID.</summary>
public static class RuleIds
{
    public const string CadenceIsFourYears = "ZAP001";
    public const string PreviousEditionWas2021 = "ZAP002";
    public const string CadenceMatchesEditions = "ZAP003";
    public const string ObserversFrom23Countries = "ZAP004";
    public const string KhreninQuote = "ZAP018";
}
