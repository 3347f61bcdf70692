using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Consistency.Generators;

/// <summary>
/// Lists the rule packs a host carries at build time. For every <c>static partial</c> method marked
/// <c>[Consistency.Rules.PackList]</c> it writes the body: a new instance of each public, concrete
/// <c>Consistency.Rules.RulePack</c> with a public parameterless constructor in the assemblies the
/// host's compilation references (only those that reference the engine are searched), in the order
/// of their full names. A host carries a new story by referencing the pack's project; no list of
/// packs is kept by hand, and nothing is found by reflection at run time (Native AOT, trimming).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PackListGenerator : IIncrementalGenerator
{
    private const string AttributeName = "Consistency.Rules.PackListAttribute";
    private const string PackType = "Consistency.Rules.RulePack";
    private const string EngineAssembly = "Consistency.Core";

    private static readonly DiagnosticDescriptor NotStaticPartial = new(
        "CONGEN002", "A pack list must be a static partial method",
        "Method '{0}' marked [PackList] must be static, partial, without parameters and declared to return IReadOnlyList<RulePack>",
        "RulePack", DiagnosticSeverity.Error, isEnabledByDefault: true);

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var methods = context.SyntaxProvider.ForAttributeWithMetadataName(
                AttributeName,
                static (node, _) => node is MethodDeclarationSyntax,
                static (syntax, _) => (IMethodSymbol)syntax.TargetSymbol)
            .Collect();
        var packs = context.CompilationProvider.Select(static (compilation, _) => PackNames(compilation));
        context.RegisterSourceOutput(methods.Combine(packs), static (output, pair) => Generate(output, pair.Left, pair.Right));
    }

    /// <summary>The full names of the packs in the referenced assemblies, ordered (an equatable value, so the step is cached).</summary>
    private static EquatableNames PackNames(Compilation compilation)
    {
        var names = new List<string>();
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (!ReferencesEngine(assembly))
            {
                continue;
            }

            Collect(assembly.GlobalNamespace, names);
        }

        names.Sort(System.StringComparer.Ordinal);
        return new EquatableNames(names.Distinct().ToImmutableArray());
    }

    /// <summary>Only an assembly built against the engine can hold a pack; the framework's hundreds are skipped unsearched.</summary>
    private static bool ReferencesEngine(IAssemblySymbol assembly) =>
        assembly.Modules.Any(m => m.ReferencedAssemblies.Any(r => r.Name == EngineAssembly));

    private static void Collect(INamespaceSymbol ns, List<string> names)
    {
        foreach (var member in ns.GetMembers())
        {
            if (member is INamespaceSymbol inner)
            {
                Collect(inner, names);
            }
            else if (member is INamedTypeSymbol type && IsCreatablePack(type))
            {
                names.Add(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
            }
        }
    }

    private static bool IsCreatablePack(INamedTypeSymbol type) =>
        type.TypeKind == TypeKind.Class && !type.IsAbstract && !type.IsGenericType
        && type.DeclaredAccessibility == Accessibility.Public
        && DerivesFrom(type, PackType)
        && type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility == Accessibility.Public);

    private static bool DerivesFrom(INamedTypeSymbol type, string baseName)
    {
        for (var b = type.BaseType; b is not null; b = b.BaseType)
        {
            if (b.ToDisplayString() == baseName)
            {
                return true;
            }
        }

        return false;
    }

    private static void Generate(SourceProductionContext output, ImmutableArray<IMethodSymbol> methods, EquatableNames packs)
    {
        foreach (var method in methods.Distinct<IMethodSymbol>(SymbolEqualityComparer.Default))
        {
            if (!method.IsStatic || !method.IsPartialDefinition || method.Parameters.Length > 0 || method.ContainingType is null)
            {
                output.ReportDiagnostic(Diagnostic.Create(NotStaticPartial, method.Locations.FirstOrDefault(), method.Name));
                continue;
            }

            output.AddSource(method.ContainingType.ToDisplayString() + "." + method.Name + ".g.cs", SourceText.From(Source(method, packs.Names), Encoding.UTF8));
        }
    }

    private static string Source(IMethodSymbol method, ImmutableArray<string> packs)
    {
        var type = method.ContainingType;
        var code = new StringBuilder();
        code.Append("// <auto-generated>Written by Consistency.Generators.PackListGenerator: every rule pack the referenced assemblies hold.</auto-generated>\n");
        code.Append("#nullable enable\n");
        if (!type.ContainingNamespace.IsGlobalNamespace)
        {
            code.Append("namespace ").Append(type.ContainingNamespace.ToDisplayString()).Append(";\n\n");
        }

        code.Append(type.IsStatic ? "static " : "").Append("partial class ").Append(type.Name).Append('\n');
        code.Append("{\n");
        code.Append("    ").Append(Modifier(method.DeclaredAccessibility)).Append("static partial ")
            .Append(method.ReturnType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)).Append(' ').Append(method.Name).Append("() =>\n");
        code.Append("    [\n");
        foreach (var pack in packs)
        {
            code.Append("        new ").Append(pack).Append("(),\n");
        }

        code.Append("    ];\n");
        code.Append("}\n");
        return code.ToString();
    }

    private static string Modifier(Accessibility accessibility) => accessibility switch
    {
        Microsoft.CodeAnalysis.Accessibility.Public => "public ",
        Microsoft.CodeAnalysis.Accessibility.Internal => "internal ",
        Microsoft.CodeAnalysis.Accessibility.Protected => "protected ",
        Microsoft.CodeAnalysis.Accessibility.ProtectedOrInternal => "protected internal ",
        Microsoft.CodeAnalysis.Accessibility.ProtectedAndInternal => "private protected ",
        _ => "private ",
    };
}
