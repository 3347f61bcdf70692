using System.CommandLine;
using Consistency.Analysis;
using Consistency.Analysis.Configuration;

namespace Consistency.Cli;

/// <summary>
/// Which pack checks each article in a run: <c>--pack NAME</c> for every article; else the pack the
/// article's .editorconfig names (<c>consistency_pack</c>); else <c>CONSISTENCY_PACK</c> from the
/// environment; else none, and the article is reported as CON0008. A name no pack has, typed or
/// from the environment, is a usage error before anything is read.
/// </summary>
internal static class PackSelection
{
    public const string EnvironmentVariable = "CONSISTENCY_PACK";

    public static Option<string?> CreateOption() => new("--pack")
    {
        Description = "Check every article with this rule pack ('consistency packs' lists them), whatever the .editorconfig files say",
    };

    /// <summary>Why the typed or environment pack cannot be used, or null when it can (or none was given).</summary>
    public static string? Problem(string? pack, CliHost host)
    {
        if (pack is not null && Packs.Named(pack) is null)
        {
            return $"unknown pack '{pack}' in --pack; the packs are {Packs.Keys} ('consistency packs' lists them)";
        }

        if (pack is null && host.DefaultPack is { } fallback && Packs.Named(fallback) is null)
        {
            return $"unknown pack '{fallback}' in the {EnvironmentVariable} environment variable; the packs are {Packs.Keys}";
        }

        return null;
    }

    public static IPackChoice Choose(string? pack, CliHost host, ArticleConfiguration configuration) =>
        pack is not null ? new FixedPackChoice(pack)
        : host.DefaultPack is { } fallback ? new FallbackPackChoice(configuration.Packs, fallback)
        : configuration.Packs;
}
