using Consistency.Reporting;
using Consistency.Testing;

namespace Consistency.Packs.DroneIncursion2025.Tests;

/// <summary>docs/rules-drone-incursion-2025.md is generated from the rule classes and must match them.</summary>
public sealed class RuleCatalogTests
{
    private const string Catalog = "rules-drone-incursion-2025";

    [Test]
    public void The_committed_rule_catalog_is_the_one_the_rules_generate()
    {
        var pack = new DroneIncursion2025Pack();
        var generated = RuleCatalog.Render(pack.Name, pack.Rules.Select(r => r.Descriptor));
        var path = Path.Combine(RepositoryPaths.Root, "docs", Catalog + ".md");
        var received = Path.Combine(RepositoryPaths.Root, "docs", Catalog + ".received.md");
        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
        if (committed == generated)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, generated);
        Assert.Fail($"docs/{Catalog}.md differs from what the rules generate; the generated catalog is in docs/{Catalog}.received.md.\n{Snapshot.AcceptHint}");
    }

    [Test]
    public void The_catalog_lists_every_rule_with_its_evidence()
    {
        var pack = new DroneIncursion2025Pack();
        var catalog = RuleCatalog.Render(pack.Name, pack.Rules.Select(r => r.Descriptor));
        foreach (var rule in pack.Rules)
        {
            catalog.ShouldContain($"| [{rule.Descriptor.Id}](#{rule.Descriptor.Id.ToLowerInvariant()}) |");
            catalog.ShouldContain($"<{rule.Descriptor.HelpLink}>");
        }
    }
}
