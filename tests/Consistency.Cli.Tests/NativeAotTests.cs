using System.Runtime.InteropServices;
using Consistency.Testing;

namespace Consistency.Cli.Tests;

/// <summary>
/// The Native AOT build (what <c>dotnet publish src/Consistency.Cli</c> gives) reports the same bytes
/// as the JIT build the other tests run, in every format, on every article folder of the repository.
/// It is published once, from a copy of the sources in a temporary folder so this run's own build
/// outputs are never touched (a publish takes minutes). Without a native toolchain (clang or gcc
/// links the executable) the tests are skipped and say why; on CI a missing toolchain fails them.
/// </summary>
[NonParallelizable]
public sealed class NativeAotTests
{
    private static readonly string[] Formats = ["text", "json", "sarif", "markdown", "github"];

    /// <summary>Every folder of articles the repository holds.</summary>
    private static readonly string[] ArticleFolders = ["seeds", "tests/corpus", "tests/blind"];

    private string _work = "";
    private string _native = "";

    public static IEnumerable<TestCaseData> Runs() =>
        from folder in ArticleFolders
        from format in Formats
        select new TestCaseData(folder, format).SetName($"{{m}}({folder}, {format})");

    [OneTimeSetUp]
    public void Publish()
    {
        if (!OnPath("clang") && !OnPath("gcc"))
        {
            var reason = "Native AOT needs clang or gcc to link the executable; neither is on PATH";
            if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
            {
                Assert.Fail(reason);
            }

            Assert.Ignore(reason);
        }

        _work = Directory.CreateTempSubdirectory("consistency-aot-").FullName;
        var sources = Path.Combine(_work, "repo");
        CopySources(RepositoryPaths.Root, sources);
        var output = Path.Combine(_work, "publish");
        var run = ExternalProcess.Run("dotnet",
            ["publish", Path.Combine(sources, "src", "Consistency.Cli"), "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "-o", output, "-nologo"],
            sources);
        run.ExitCode.ShouldBe(0, run.ToString());
        run.Out.ShouldNotContain("warning", Case.Insensitive, run.Out);   // no trim or AOT warning either
        _native = Path.Combine(output, OperatingSystem.IsWindows() ? "consistency.exe" : "consistency");
        File.Exists(_native).ShouldBeTrue($"no native executable at {_native}");
        File.Exists(Path.Combine(output, "consistency.dll")).ShouldBeFalse("a Native AOT publish leaves no managed entry assembly");
    }

    [OneTimeTearDown]
    public void RemoveCopy()
    {
        if (_work.Length > 0)
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    [TestCaseSource(nameof(Runs))]
    public void The_native_tool_reports_the_same_bytes_as_the_jit_build(string folder, string format)
    {
        string[] args = ["check", folder, "--format", format];

        var native = ExternalProcess.Run(_native, args, RepositoryPaths.Root, NoProfile);
        var jit = ConsistencyProcess.RunWith(NoProfile, RepositoryPaths.Root, args);

        native.Out.Length.ShouldBeGreaterThan(100);
        native.ExitCode.ShouldBe(jit.ExitCode);
        native.Out.ShouldBe(jit.Out);
        native.Error.ShouldBe(jit.Error);
    }

    [TestCase("rules")]
    [TestCase("explain", "ZAP002")]
    [TestCase("check", "--rules", "NOPE1", "seeds")]
    public void Other_commands_print_the_same_as_the_jit_build(params string[] args)
    {
        var native = ExternalProcess.Run(_native, args, RepositoryPaths.Root, NoProfile);
        var jit = ConsistencyProcess.RunWith(NoProfile, RepositoryPaths.Root, args);

        (native.Out + native.Error).Length.ShouldBeGreaterThan(10);
        native.ShouldBe(jit);
    }

    /// <summary>
    /// .NET 10 RID-specific tool packages, offline: the top-level package and this machine's native
    /// package packed into a folder, installed from it, give the native executable (no managed
    /// assembly beside it), which reports what the JIT build does. The install gets a package cache
    /// of its own, so no earlier 0.1.0 from the user's cache stands in for the packages just made.
    /// </summary>
    [Test]
    public void Dotnet_pack_gives_a_native_tool_that_dotnet_tool_install_runs()
    {
        var sources = Path.Combine(_work, "repo");
        var project = Path.Combine(sources, "src", "Consistency.Cli");
        var feed = Path.Combine(_work, "feed");
        var rid = RuntimeInformation.RuntimeIdentifier;
        string[][] packs = [["pack", project, "-c", "Release", "-o", feed, "-nologo"], ["pack", project, "-c", "Release", "-r", rid, "-o", feed, "-nologo"]];
        foreach (var pack in packs)
        {
            var packed = ExternalProcess.Run("dotnet", pack, sources);
            packed.ExitCode.ShouldBe(0, packed.ToString());
        }

        var tools = Path.Combine(_work, "tools");
        var cache = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_work, "nuget-cache") };
        var install = ExternalProcess.Run("dotnet", ["tool", "install", "--tool-path", tools, "--add-source", feed, "Consistency.Cli"], sources, cache);
        install.ExitCode.ShouldBe(0, install.ToString());

        var command = Path.Combine(tools, OperatingSystem.IsWindows() ? "consistency.exe" : "consistency");
        var executable = new FileInfo(command).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? command;
        executable.ShouldContain($"consistency.cli.{rid}", Case.Insensitive);
        File.Exists(Path.Combine(Path.GetDirectoryName(executable)!, "consistency.dll")).ShouldBeFalse("the installed tool is the native executable");
        string[] args = ["check", "seeds"];
        var native = ExternalProcess.Run(command, args, RepositoryPaths.Root, NoProfile);
        var jit = ConsistencyProcess.RunWith(NoProfile, RepositoryPaths.Root, args);
        native.Out.Length.ShouldBeGreaterThan(100);
        native.ShouldBe(jit);
    }

    /// <summary>The JIT build would write its multicore JIT profile into the user's cache folder.</summary>
    private static readonly Dictionary<string, string> NoProfile = new() { ["CONSISTENCY_JIT_PROFILE"] = "0" };

    /// <summary>What a publish reads: the sources and the build settings, not build outputs or articles.</summary>
    private static void CopySources(string from, string to)
    {
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig" })
        {
            if (File.Exists(Path.Combine(from, file)))
            {
                Directory.CreateDirectory(to);
                File.Copy(Path.Combine(from, file), Path.Combine(to, file));
            }
        }

        CopyTree(Path.Combine(from, "src"), Path.Combine(to, "src"));
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(from))
        {
            var name = Path.GetFileName(folder);
            if (name is not ("bin" or "obj"))
            {
                CopyTree(folder, Path.Combine(to, name));
            }
        }
    }

    private static bool OnPath(string command) => ExternalProcess.Run("bash", ["-c", $"command -v {command}"]).ExitCode == 0;
}
