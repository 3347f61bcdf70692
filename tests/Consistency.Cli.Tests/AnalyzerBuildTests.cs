using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using Consistency.Testing;

namespace Consistency.Cli.Tests;

/// <summary>
/// The analyzer inside the compiler reports what the command line reports: `dotnet build` of the
/// sample desk (samples/Desk, the analyzer referenced from source) writes its diagnostics to a
/// SARIF log (ErrorLog), and they must equal `consistency check` on the same articles, with the
/// same .editorconfig, finding by finding: rule, article, line and column span, severity, message.
/// One test, because it runs a real build (about half a minute).
/// </summary>
[Category("Build")]
public sealed class AnalyzerBuildTests
{
    private static readonly string Sample = Path.Combine(RepositoryPaths.Root, "samples", "Desk");

    [Test]
    public void Building_the_sample_desk_reports_exactly_the_command_lines_findings()
    {
        var work = Directory.CreateTempSubdirectory("consistency-build-");
        try
        {
            var log = Path.Combine(work.FullName, "build.sarif");
            var build = DotnetBuild(Path.Combine(Sample, "Desk.csproj"), log);

            // The errors fail the build, and the console shows them at their words, as compilers print.
            build.ExitCode.ShouldNotBe(0, build.ToString());
            build.Out.ShouldContain("seeds/000_e106634ba0f122fa.txt(7,121): error ZAP002: ", Case.Sensitive, build.ToString());
            File.Exists(log).ShouldBeTrue(build.ToString());

            using var sarif = JsonDocument.Parse(File.ReadAllText(log));
            using var json = CliReport();
            var fromCompiler = CompilerFindings(sarif);
            var fromCli = CliFindings(json);

            fromCli.ShouldContain(f => f.RuleId == "ZAP002" && f.Severity == "error");
            fromCli.ShouldContain(f => f.RuleId == "ZAP009" && f.Severity == "warning", "the sample's .editorconfig makes ZAP009 a warning");
            fromCompiler.ShouldBe(fromCli);

            // Every rule the command line ran is described to the compiler as the command line describes it.
            var cliRules = CliRules(json);
            CompilerRules(sarif, [.. cliRules.Select(r => r.Id)]).ShouldBe(cliRules);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>One finding, as both reports can say it: the article relative to the repository, a 1-based span, the severity in the command line's words.</summary>
    private sealed record Finding(string RuleId, string Path, int StartLine, int StartColumn, int EndLine, int EndColumn, string Severity, string Message)
    {
        public override string ToString() => $"{Path}({StartLine},{StartColumn},{EndLine},{EndColumn}): {Severity} {RuleId}: {Message}";
    }

    /// <summary>A rule as both logs describe it: ID, title, category, default severity in the command line's words, help link.</summary>
    private sealed record RuleSummary(string Id, string Title, string Category, string DefaultSeverity, string? HelpUri);

    private static JsonDocument CliReport()
    {
        var run = Cli.Run("check", "samples/Desk/seeds", "--format", "json");
        run.Error.ShouldBeEmpty(run.ToString());
        return JsonDocument.Parse(run.Out);
    }

    private static List<RuleSummary> CliRules(JsonDocument json) =>
        [.. json.RootElement.GetProperty("rules").EnumerateArray().Select(r => new RuleSummary(
            r.GetProperty("id").GetString()!, r.GetProperty("title").GetString()!, r.GetProperty("category").GetString()!,
            r.GetProperty("defaultSeverity").GetString()!, r.TryGetProperty("helpUri", out var help) ? help.GetString() : null))];

    /// <summary>The compiler log's descriptions of these rules (it describes every analyzer's rules), in the same order.</summary>
    private static List<RuleSummary> CompilerRules(JsonDocument sarif, IReadOnlyList<string> ids)
    {
        var rules = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .ToDictionary(r => r.GetProperty("id").GetString()!, StringComparer.Ordinal);
        return [.. ids.Where(rules.ContainsKey).Select(id => rules[id]).Select(r => new RuleSummary(
            r.GetProperty("id").GetString()!, r.GetProperty("shortDescription").GetProperty("text").GetString()!,
            r.GetProperty("properties").GetProperty("category").GetString()!,
            // SARIF's default level is warning, which a log may leave unsaid.
            CliSeverity(r.TryGetProperty("defaultConfiguration", out var defaults) ? defaults.GetProperty("level").GetString()! : "warning"),
            r.TryGetProperty("helpUri", out var help) ? help.GetString() : null))];
    }

    private static List<Finding> CliFindings(JsonDocument json)
    {
        return Ordered(json.RootElement.GetProperty("findings").EnumerateArray().Select(f =>
        {
            var region = f.GetProperty("region");
            return new Finding(
                f.GetProperty("ruleId").GetString()!, f.GetProperty("path").GetString()!,
                region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(),
                region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32(),
                f.GetProperty("severity").GetString()!, f.GetProperty("message").GetString()!);
        }));
    }

    /// <summary>The compiler's results located in the sample's articles (SARIF 2.1: file URIs, SARIF levels).</summary>
    private static List<Finding> CompilerFindings(JsonDocument sarif)
    {
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray();
        var seeds = Path.Combine(Sample, "seeds") + Path.DirectorySeparatorChar;
        return Ordered(results
            .Select(r => (Result: r, Location: r.GetProperty("locations")[0].GetProperty("physicalLocation")))
            .Select(r => (r.Result, r.Location, File: new Uri(r.Location.GetProperty("artifactLocation").GetProperty("uri").GetString()!).LocalPath))
            .Where(r => r.File.StartsWith(seeds, StringComparison.Ordinal))
            .Select(r =>
            {
                var region = r.Location.GetProperty("region");
                return new Finding(
                    r.Result.GetProperty("ruleId").GetString()!,
                    Path.GetRelativePath(RepositoryPaths.Root, r.File).Replace(Path.DirectorySeparatorChar, '/'),
                    region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(),
                    region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32(),
                    CliSeverity(r.Result.GetProperty("level").GetString()!),
                    r.Result.GetProperty("message").GetProperty("text").GetString()!);
            }));
    }

    private static string CliSeverity(string sarifLevel) => sarifLevel switch
    {
        "note" => "info",
        "none" => "hidden",
        _ => sarifLevel,
    };

    private static List<Finding> Ordered(IEnumerable<Finding> findings) =>
        [.. findings.OrderBy(f => f.ToString(), StringComparer.Ordinal)];

    /// <summary>
    /// `dotnet build` of a project, in the configuration these tests were built in (so the analyzer's
    /// projects are already built), without build servers (a fresh compiler loads the analyzer just
    /// built and nothing outlives the test), with the SARIF 2.1 log written to <paramref name="log"/>.
    /// </summary>
    private static CliRun DotnetBuild(string project, string log)
    {
        var configuration = typeof(AnalyzerBuildTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        // %2C is MSBuild's escape for the comma that would otherwise split the -p value in two.
        foreach (var arg in new[] { "build", project, "-c", configuration, "--disable-build-servers", "-nologo", "-p:ErrorLog=" + log + "%2Cversion=2.1" })
        {
            start.ArgumentList.Add(arg);
        }

        // The test host runs under `dotnet test`'s MSBuild, whose variables would steer the child build.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToArray())
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("dotnet build of the sample desk ran for ten minutes");
        }

        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }
}
