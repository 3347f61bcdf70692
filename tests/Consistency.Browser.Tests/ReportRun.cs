using System.Text;
using Consistency.Cli;
using Consistency.Testing;

namespace Consistency.Browser.Tests;

/// <summary>Runs the command line in-process, as a user would, to write a report file for the browser.</summary>
internal static class ReportRun
{
    /// <summary>Runs <c>consistency check</c> in <paramref name="workingDirectory"/> and returns standard output (empty when --output is given).</summary>
    public static string Check(string workingDirectory, params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        // The throw-away folders of hostile articles name no pack: Zapad-2025 checks them, as CONSISTENCY_PACK would choose.
        var exit = ConsistencyApp.Run(["check", .. args], new CliHost(stdout, stderr, workingDirectory) { DefaultPack = "Zapad2025" });
        exit.ShouldBeOneOf([ExitCodes.Clean, ExitCodes.ErrorsFound], $"consistency check {string.Join(' ', args)}: {stderr}");
        return stdout.ToString();
    }

    /// <summary>Writes the seeds' HTML report into <paramref name="folder"/> and returns its path.</summary>
    public static string SeedsReport(string folder)
    {
        var path = Path.Combine(folder, "seeds-report.html");
        Check(RepositoryPaths.Root, "seeds", "--format", "html", "--output", path);
        return path;
    }

    /// <summary>A throw-away folder with one article in it (and a root .editorconfig, so nothing above changes severities).</summary>
    public static string Desk(string articleName, string articleText)
    {
        var root = Directory.CreateTempSubdirectory("consistency-browser-").FullName;
        File.WriteAllText(Path.Combine(root, ".editorconfig"), "root = true\n");
        File.WriteAllText(Path.Combine(root, articleName), articleText, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return root;
    }
}
