using Consistency.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Consistency.Generators.Tests;

/// <summary>The host's pack list names exactly the creatable packs of the referenced assemblies, and says so when the method cannot take it.</summary>
public sealed class PackListGeneratorTests
{
    private const string PackSource = """
        using Consistency.Rules;
        namespace Stories;
        public sealed partial class BetaPack : RulePack { public override string Name => "b"; public override Consistency.Claims.Lexicon Lexicon => Consistency.Claims.Lexicon.Empty; protected override System.Collections.Generic.IReadOnlyList<Rule> CreateRules() => []; }
        public sealed class AlphaPack : RulePack { public override string Name => "a"; public override Consistency.Claims.Lexicon Lexicon => Consistency.Claims.Lexicon.Empty; protected override System.Collections.Generic.IReadOnlyList<Rule> CreateRules() => []; }
        public abstract class BasePack : RulePack { }
        internal sealed class HiddenPack : RulePack { public override string Name => "h"; public override Consistency.Claims.Lexicon Lexicon => Consistency.Claims.Lexicon.Empty; protected override System.Collections.Generic.IReadOnlyList<Rule> CreateRules() => []; }
        public sealed class NeedsArgumentPack(int x) : RulePack { public override string Name => x.ToString(); public override Consistency.Claims.Lexicon Lexicon => Consistency.Claims.Lexicon.Empty; protected override System.Collections.Generic.IReadOnlyList<Rule> CreateRules() => []; }
        """;

    [Test]
    public void The_list_names_every_public_creatable_pack_of_the_references_in_name_order()
    {
        var (generated, diagnostics, errors) = Run("""
            using System.Collections.Generic;
            using Consistency.Rules;
            namespace Host;
            internal static partial class Packs
            {
                [PackList]
                internal static partial IReadOnlyList<RulePack> Referenced();
            }
            """);

        diagnostics.ShouldBeEmpty();
        errors.ShouldBeEmpty();
        var source = generated.ShouldHaveSingleItem();
        source.ShouldContain("new global::Stories.AlphaPack(),\n        new global::Stories.BetaPack(),\n    ];");
        source.ShouldNotContain("BasePack");
        source.ShouldNotContain("HiddenPack");
        source.ShouldNotContain("NeedsArgumentPack");
    }

    [Test]
    public void A_marked_method_that_is_not_static_partial_is_reported()
    {
        var (generated, diagnostics, _) = Run("""
            using System.Collections.Generic;
            using Consistency.Rules;
            namespace Host;
            internal sealed class Packs
            {
                [PackList]
                internal IReadOnlyList<RulePack> Referenced() => [];
            }
            """);

        generated.ShouldBeEmpty();
        diagnostics.ShouldHaveSingleItem().Id.ShouldBe("CONGEN002");
    }

    /// <summary>Compiles <see cref="PackSource"/> into a referenced assembly, then runs the generator on the host's file against it.</summary>
    private static (List<string> Generated, List<Diagnostic> GeneratorDiagnostics, List<Diagnostic> CompileErrors) Run(string host)
    {
        var references = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => !a.IsDynamic && a.Location.Length > 0)
            .Append(typeof(Rule).Assembly)
            .Select(a => (MetadataReference)MetadataReference.CreateFromFile(a.Location))
            .Distinct()
            .ToList();
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
        var stories = CSharpCompilation.Create("Stories", [CSharpSyntaxTree.ParseText(PackSource)], references, options);
        stories.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        var compilation = CSharpCompilation.Create("Host", [CSharpSyntaxTree.ParseText(host)], [.. references, stories.ToMetadataReference()], options);

        var driver = CSharpGeneratorDriver.Create(new PackListGenerator()).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);

        var generated = driver.GetRunResult().GeneratedTrees.Select(t => t.ToString()).ToList();
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        return (generated, diagnostics.ToList(), errors);
    }
}
