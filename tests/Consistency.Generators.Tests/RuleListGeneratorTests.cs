using Consistency.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Consistency.Generators.Tests;

/// <summary>The generator lists exactly the rule classes a pack can create, and says so when a pack cannot take the list.</summary>
public sealed class RuleListGeneratorTests
{
    private const string Rules = """
        using Consistency.Rules;
        namespace Desk;
        public sealed class B002Second : Rule { public override RuleDescriptor Descriptor => null!; public override void Analyze(RuleContext context) { } }
        public sealed class A001First : Rule { public override RuleDescriptor Descriptor => null!; public override void Analyze(RuleContext context) { } }
        public abstract class KindRule : Rule { }
        public sealed class C003Derived : KindRule { public override RuleDescriptor Descriptor => null!; public override void Analyze(RuleContext context) { } }
        public sealed class NeedsArgument(int x) : Rule { public override RuleDescriptor Descriptor => null!; public override void Analyze(RuleContext context) { _ = x; } }
        public sealed class NotARule { }
        """;

    [Test]
    public void A_partial_pack_lists_every_creatable_rule_class_in_name_order()
    {
        var (generated, diagnostics, compiled) = Run("""
            using Consistency.Rules;
            namespace Desk;
            public sealed partial class DeskPack : RulePack
            {
                public override string Name => "desk";
                public override Consistency.Claims.Lexicon Lexicon => Consistency.Claims.Lexicon.Empty;
            }
            """);

        diagnostics.ShouldBeEmpty();
        compiled.ShouldBeEmpty();
        var source = generated.ShouldHaveSingleItem();
        source.ShouldContain("new global::Desk.A001First(),\n        new global::Desk.B002Second(),\n        new global::Desk.C003Derived(),\n");
        source.ShouldNotContain("NeedsArgument");
        source.ShouldNotContain("KindRule()");
        source.ShouldNotContain("NotARule");
    }

    [Test]
    public void A_pack_that_is_not_partial_is_reported()
    {
        var (generated, diagnostics, _) = Run("""
            using Consistency.Rules;
            namespace Desk;
            public sealed class DeskPack : RulePack
            {
                public override string Name => "desk";
                public override Consistency.Claims.Lexicon Lexicon => Consistency.Claims.Lexicon.Empty;
            }
            """);

        generated.ShouldBeEmpty();
        var diagnostic = diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("CONGEN001");
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("'DeskPack' must be declared partial");
    }

    /// <summary>Runs the generator on a compilation of <see cref="Rules"/> and the pack's file, and compiles the result.</summary>
    private static (List<string> Generated, List<Diagnostic> GeneratorDiagnostics, List<Diagnostic> CompileErrors) Run(string pack)
    {
        var references = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => !a.IsDynamic && a.Location.Length > 0)
            .Append(typeof(Rule).Assembly)
            .Select(a => MetadataReference.CreateFromFile(a.Location))
            .ToList();
        var compilation = CSharpCompilation.Create("Desk", [CSharpSyntaxTree.ParseText(Rules), CSharpSyntaxTree.ParseText(pack)], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var driver = CSharpGeneratorDriver.Create(new RuleListGenerator()).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);

        var generated = driver.GetRunResult().GeneratedTrees.Select(t => t.ToString()).ToList();
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        return (generated, diagnostics.ToList(), errors);
    }
}
