using Consistency.Analysis;
using Consistency.Claims;
using Consistency.Core.Tests.Support;
using Consistency.Rules;
using Consistency.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Consistency.Core.Tests.Properties;

/// <summary>
/// For any text, random or a real article under random edits: the engine never fails, every span a
/// rule reports (before the engine clamps it) and every claim lies inside the text, and each
/// finding's line and column map back, through Roslyn's line table, to the offset it came from.
/// </summary>
public sealed class EngineProperties
{
    [FsCheck.NUnit.Property(MaxTest = 300)]
    public Property Random_text_never_breaks_the_engine() =>
        Prop.ForAll(ArticleGenerators.RandomText(), text => Holds(text));

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public Property Mutated_articles_never_break_the_engine() =>
        Prop.ForAll(ArticleGenerators.MutatedArticle(), input => Holds(ArticleGenerators.Apply(input.Seed, input.Mutations)));

    [Test]
    public void The_checks_fail_on_a_span_outside_the_text()
    {
        Should.Throw<ShouldAssertException>(() => ShouldLieInside(new Microsoft.CodeAnalysis.Text.TextSpan(3, 5), 4, "rule"));
    }

    private static bool Holds(string text)
    {
        var article = new Article("p.txt", text);
        var report = EngineRun.Analyzer().Analyze(article);
        report.Diagnostics.ShouldNotContain(d => d.Descriptor.Category == EngineDiagnostics.Category, Describe(text));

        var syntax = ArticleSyntax.Parse(article);
        var claims = ClaimReader.Read(syntax, EngineRun.Zapad.Lexicon);
        foreach (var claim in claims.Quantities.Cast<Claim>().Concat(claims.Years).Concat(claims.Editions).Concat(claims.Recurrences).Concat(claims.Attributions).Concat(claims.Entities))
        {
            ShouldLieInside(claim.Span, text.Length, claim.GetType().Name);
        }

        foreach (var list in new IEnumerable<Claim>[] { claims.Quantities, claims.Years, claims.Editions, claims.Recurrences, claims.Attributions, claims.Entities })
        {
            list.Select(c => c.Sentence).ShouldBeInOrder(SortDirection.Ascending, "claims are kept in text order; ArticleClaims looks them up by binary search");
        }

        foreach (var rule in EngineRun.Zapad.Rules)
        {
            rule.Analyze(new RuleContext(claims, rule.Descriptor, finding => ShouldLieInside(finding.Span, text.Length, rule.Descriptor.Id)));
        }

        var lines = article.SourceText.Lines;
        foreach (var d in report.Diagnostics)
        {
            (lines[d.Location.StartLine - 1].Start + d.Location.StartColumn - 1).ShouldBe(d.Span.Start, d.ToString());
            (lines[d.Location.EndLine - 1].Start + d.Location.EndColumn - 1).ShouldBe(d.Span.End, d.ToString());
        }

        return true;
    }

    private static void ShouldLieInside(Microsoft.CodeAnalysis.Text.TextSpan span, int length, string who)
    {
        span.Start.ShouldBeGreaterThanOrEqualTo(0, who);
        span.End.ShouldBeLessThanOrEqualTo(length, who);
    }

    private static string Describe(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
