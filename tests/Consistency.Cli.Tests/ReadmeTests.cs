using System.CommandLine;
using Consistency.Testing;

namespace Consistency.Cli.Tests;

/// <summary>README documents every verb and every option the command line really has, each with an example.</summary>
public sealed class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));

    public static IEnumerable<TestCaseData> Verbs() => Root().Subcommands.Select(c => new TestCaseData(c.Name).SetName($"Readme_documents_verb({c.Name})"));

    public static IEnumerable<TestCaseData> Options() => Root().Subcommands.SelectMany(c => c.Options.Where(o => !o.Hidden && o.Name != "--help" && o.Name != "-h")
        .Select(o => new TestCaseData(c.Name, o.Name).SetName($"Readme_documents_option({c.Name} {o.Name})")));

    [TestCaseSource(nameof(Verbs))]
    public void Readme_documents_verb(string verb)
    {
        Readme.ShouldContain($"### `{verb}`");
        Readme.ShouldContain($"$ consistency {verb}", customMessage: "an example run of the verb");
    }

    [TestCaseSource(nameof(Options))]
    public void Readme_documents_option(string verb, string option)
    {
        Readme.ShouldContain($"| `{option}`");
        Readme.Split('\n').ShouldContain(line => line.Contains($"consistency {verb} ", StringComparison.Ordinal) && line.Contains($" {option}", StringComparison.Ordinal),
            $"README needs an example that uses {option}");
    }

    [TestCase(ExitCodes.Clean)]
    [TestCase(ExitCodes.ErrorsFound)]
    [TestCase(ExitCodes.UsageOrInput)]
    [TestCase(ExitCodes.InternalError)]
    public void Readme_documents_exit_code(int code)
    {
        Readme.ShouldContain($"| `{code}` |");
    }

    private static RootCommand Root()
    {
        using var sink = new StringWriter();
        return ConsistencyApp.CreateRoot(new CliHost(sink, sink, RepositoryPaths.Root));
    }
}
