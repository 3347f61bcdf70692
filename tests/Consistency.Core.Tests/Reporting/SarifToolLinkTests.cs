using System.Text.Json;
using Consistency.Analysis;
using Consistency.Core.Tests.Support;
using Consistency.Reporting;

namespace Consistency.Core.Tests.Reporting;

/// <summary>
/// SARIF carries the README's address only when the build was given one: then it is
/// <c>informationUri</c> and the engine's CON rules link into its "Engine diagnostics"; without it
/// neither appears, rather than a link that does not resolve.
/// </summary>
public sealed class SarifToolLinkTests
{
    private static JsonElement Driver(Uri? readme)
    {
        var result = EngineRun.Analyzer().Analyze([ArticleInput.FromText("a.txt", "Zapad-2025 was held in September.\n")]);
        using var writer = new StringWriter();
        new SarifFormatter(new ToolInfo("consistency", "0.0.0", readme)).Write(result, writer);
        return JsonDocument.Parse(writer.ToString()).RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").Clone();
    }

    private static JsonElement Rule(JsonElement driver, string id) =>
        driver.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);

    [Test]
    public void Without_an_address_there_is_no_information_uri_and_no_help_uri_on_engine_rules()
    {
        var driver = Driver(null);

        driver.TryGetProperty("informationUri", out _).ShouldBeFalse();
        Rule(driver, "CON0001").TryGetProperty("helpUri", out _).ShouldBeFalse();
        Rule(driver, "ZAP001").GetProperty("helpUri").GetString().ShouldStartWith("https://");
    }

    [Test]
    public void With_the_readme_address_engine_rules_link_into_it()
    {
        var driver = Driver(new Uri("https://example.com/owner/consistency/blob/HEAD/README.md"));

        driver.GetProperty("informationUri").GetString().ShouldBe("https://example.com/owner/consistency/blob/HEAD/README.md");
        Rule(driver, "CON0001").GetProperty("helpUri").GetString().ShouldBe("https://example.com/owner/consistency/blob/HEAD/README.md#engine-diagnostics");
    }
}
