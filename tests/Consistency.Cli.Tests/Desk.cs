using System.Text;
using Consistency.Testing;

namespace Consistency.Cli.Tests;

/// <summary>
/// A throw-away folder of articles and configuration files for one test, made under the system's
/// temporary folder with a root .editorconfig so nothing above it can change what the test sees.
/// </summary>
internal sealed class Desk : IDisposable
{
    /// <summary>A seed article with one error (ZAP002 on "2022") and one warning (ZAP003, also on "2022").</summary>
    public const string SeedWithErrors = "000_e106634ba0f122fa.txt";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public Desk()
    {
        Root = Directory.CreateTempSubdirectory("consistency-cli-").FullName;
        Write(".editorconfig", "root = true\n");
    }

    public string Root { get; }

    /// <summary>Writes a file (folders made as needed) and returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Utf8NoBom);
        return path;
    }

    /// <summary>Copies a seed article to a place in the desk.</summary>
    public string AddSeed(string relativePath, string seed = SeedWithErrors) =>
        Write(relativePath, File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, seed)));

    public CliRun Check(params string[] args) => Cli.RunIn(Root, ["check", .. args]);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
