using Consistency.Analysis;
using Consistency.Core.Tests.Support;
using Consistency.Reporting;
using Consistency.Reporting.Matrix;
using Consistency.Testing;

namespace Consistency.Core.Tests.Determinism;

/// <summary>The corpus findings and the claims matrix are the same bytes whatever the thread count and the order articles are given in.</summary>
public sealed class CorpusDeterminismTests
{
    private static IReadOnlyList<ArticleInput> Inputs() => ArticleDiscovery.Find(["seeds", "tests/corpus"], RepositoryPaths.Root, out _);

    private static string Run(int threads, IEnumerable<ArticleInput> inputs)
    {
        var result = EngineRun.Analyzer(threads).Analyze(inputs.ToArray());
        using var writer = new StringWriter { NewLine = "\n" };
        new MsBuildTextFormatter().Write(result, writer);
        new MatrixJsonFormatter(new ToolInfo("consistency", "test", new Uri("https://example.invalid"))).Write(MatrixReport.Of(result), writer);
        new MatrixMarkdownFormatter().Write(MatrixReport.Of(result), writer);
        new MatrixTextFormatter().Write(MatrixReport.Of(result), writer);
        return writer.ToString();
    }

    private static readonly Lazy<string> Reference = new(() => Run(1, Inputs()));

    [Test]
    public void The_reference_has_corpus_findings_with_related_locations_a_matrix_and_quote_diffs()
    {
        Reference.Value.ShouldContain(": warning ZAP100: ");
        Reference.Value.ShouldContain(RelatedLine.Indent);
        Reference.Value.ShouldContain("\"status\": \"contradicts\"");
        Reference.Value.ShouldContain("\"status\": \"attributed\"");
        Reference.Value.ShouldContain(": warning ZAP102: ");
        Reference.Value.ShouldContain(": info ZAP101: ");
        Reference.Value.ShouldContain("Quote: Khrenin to the US officers, 15 September 2025 (");
        Reference.Value.ShouldContain("diff against 1: ");
    }

    [TestCase(2)]
    [TestCase(8)]
    public void Thread_count_changes_nothing(int threads) => Run(threads, Inputs()).ShouldBe(Reference.Value);

    [TestCase(1)]
    [TestCase(4)]
    public void Input_order_changes_nothing(int threads)
    {
        Run(threads, Inputs().Reverse()).ShouldBe(Reference.Value);
        var shuffled = Inputs().ToArray();
        new Random(12).Shuffle(shuffled);
        Run(threads, shuffled).ShouldBe(Reference.Value);
    }
}
