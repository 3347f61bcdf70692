using System.Globalization;

namespace Consistency.Packs.Zapad2025.Tests;

/// <summary>Messages are English whatever the machine's culture (Humanizer follows the UI culture unless told).</summary>
public sealed class WordingTests
{
    [TestCase("de-DE")]
    [TestCase("tr-TR")]
    [TestCase("ar-SA")]
    [TestCase("")]
    public void Wording_is_the_same_in_every_culture(string culture)
    {
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            Wording.Years(4).ShouldBe("four years");
            Wording.Years(1).ShouldBe("one year");
            Wording.Number(23).ShouldBe("twenty-three");
            Wording.Number(2.5m).ShouldBe("2.5");
            Consistency.Rules.Kinds.KindMessages.List(["'nothing'", "'no'"]).ShouldBe("'nothing' and 'no'");
            Consistency.Rules.Kinds.KindMessages.List(["a", "b", "c"]).ShouldBe("a, b and c");
            Wording.Name("united-states").ShouldBe("United States");
            Consistency.Packs.Zapad2025.Rules.ZAP001CadenceIsFourYears.Describe(2).ShouldBe("every two years");
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current);
        }
    }
}
