namespace Consistency.Cli.Tests;

/// <summary>Reports are UTF-8 on standard output whatever the locale says: the same bytes on every machine.</summary>
public sealed class Utf8OutputTests
{
    [TestCase("en_US.ISO-8859-1")]
    [TestCase("C")]
    public void Curly_quotes_and_a_dotted_capital_I_survive_a_non_UTF8_locale(string locale)
    {
        using var desk = new Desk();
        desk.Write("İzmir.txt", "The last Zapad was held in 2022, “officials” said nothing.\n");
        var environment = new Dictionary<string, string> { ["LC_ALL"] = locale, ["LANG"] = locale };

        var run = ConsistencyProcess.RunWith(environment, desk.Root, "check", "İzmir.txt", "--format", "json");

        run.ExitCode.ShouldBe(ExitCodes.ErrorsFound, run.ToString());
        run.Out.ShouldContain("\"path\": \"İzmir.txt\"");
        run.Out.ShouldContain("“officials”");
    }
}
