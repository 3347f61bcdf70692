using FsCheck;
using FsCheck.Fluent;
using Consistency.Testing;

namespace Consistency.Core.Tests.Properties;

/// <summary>
/// Article text for property tests: random text over the characters that stress the text layer,
/// and the real articles under random edits (inserted surrogates, quotes, digits, line breaks,
/// invisible characters; deleted and duplicated ranges).
/// </summary>
internal static class ArticleGenerators
{
    /// <summary>Fragments chosen for the tokenizer's and segmenter's edge cases, not for realism.</summary>
    private static readonly string[] Fragments =
    [
        "\uD83D\uDE00", "\uD83D", "\uDE00", "\u201C", "\u201D", "\"", "'", "\u2019", "\u2018", "\u00AB", "\u00BB",
        "0", "1", "2", "23", "2021", "2022", "200,000", "1.5", ",", ".", "...", "\u2026", "?", "!", ":", ";", "-", "\u2013", "\u2014",
        "\n", "\r", "\r\n", "\u2028", "\u0085", "\n\n", " ", "\t", "\u00A0", "\u2009", "\u202F", "\u200B", "\u00AD", "\uFEFF", "\0",
        "U.S.", "Sept.", "Lt. Col.", "Zapad", "Zapad-", "every", "four", "years", "twenty", "three", "observers", "countries", "from",
        "last", "previous", "held", "in", "than", "according", "to", "said", "Lithuania", "\u2022 ", "* ", "a", "the", "K", "dozen",
    ];

    private static readonly string[] SeedTexts =
        Directory.EnumerateFiles(RepositoryPaths.Seeds, "*.txt").Concat(Directory.EnumerateFiles(RepositoryPaths.Corpus, "*.txt"))
            .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    private static Gen<string> Fragment() =>
        Gen.Frequency((8, Gen.Elements(Fragments)), (1, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())));

    public static Arbitrary<string> RandomText() =>
        Gen.ListOf(Fragment()).Select(parts => string.Concat(parts)).ToArbitrary();

    private static Gen<Mutation> AnyMutation() =>
        from kind in Gen.Elements(MutationKind.Insert, MutationKind.Insert, MutationKind.Delete, MutationKind.Duplicate)
        from perMille in Gen.Choose(0, 1000)
        from length in Gen.Choose(0, 400)
        from insert in Gen.ListOf(Fragment(), 3).Select(parts => string.Concat(parts))
        select new Mutation(kind, perMille, length, insert);

    public static Arbitrary<(int Seed, Mutation[] Mutations)> MutatedArticle() =>
        (from seed in Gen.Choose(0, SeedTexts.Length - 1)
         from count in Gen.Choose(1, 12)
         from mutations in Gen.ArrayOf(AnyMutation(), count)
         select (seed, mutations)).ToArbitrary();

    public static string Apply(int seed, IEnumerable<Mutation> mutations) =>
        mutations.Aggregate(SeedTexts[seed], (text, m) => m.ApplyTo(text));
}
