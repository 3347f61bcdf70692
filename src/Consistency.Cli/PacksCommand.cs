using System.CommandLine;
using System.Globalization;
using System.Text;
using Consistency.Analysis.Configuration;

namespace Consistency.Cli;

/// <summary>
/// <c>consistency packs [folder]</c>: the rule packs this build carries, each with its rule count and
/// the .editorconfig sections that claim it (<c>consistency_pack</c>) in and above the folder (the
/// working folder by default). A claim naming no pack of this build is listed too, as an article it
/// matches would go unchecked (CON0008).
/// </summary>
internal static class PacksCommand
{
    public static Command Create(CliHost host)
    {
        var folder = new Argument<string?>("folder")
        {
            Description = "Where to look for .editorconfig files that claim packs (and above it); the working folder by default",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("packs", "List the rule packs: name, rule count and the folders and globs whose articles each checks") { folder };
        command.SetAction(parse => Run(parse.GetValue(folder) ?? ".", host));
        return command;
    }

    internal static int Run(string folder, CliHost host)
    {
        var full = Path.GetFullPath(folder, host.WorkingDirectory);
        if (!Directory.Exists(full))
        {
            host.Error.WriteLine($"consistency: no such folder: {folder}");
            return ExitCodes.UsageOrInput;
        }

        var claims = PackClaims.Find(full, host.WorkingDirectory);
        var rows = Packs.All.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => (p.Key, Rules: p.Rules.Count.ToString(CultureInfo.InvariantCulture), Title: p.Name,
                Claims: claims.Where(c => p.IsNamed(c.PackName)).Select(c => c.ToString()).ToList()))
            .ToList();
        var keyWidth = Math.Max("PACK".Length, rows.Max(r => r.Key.Length));
        var text = new StringBuilder();
        text.Append("PACK".PadRight(keyWidth)).Append("  RULES  CLAIMED BY\n");
        foreach (var row in rows)
        {
            var first = row.Claims.Count > 0 ? row.Claims[0] : "(no folder here)";
            text.Append(row.Key.PadRight(keyWidth)).Append("  ").Append(row.Rules.PadLeft(5)).Append("  ").Append(first).Append('\n');
            foreach (var more in row.Claims.Skip(1))
            {
                text.Append(new string(' ', keyWidth + 9)).Append(more).Append('\n');
            }
        }

        foreach (var stray in claims.Where(c => Packs.Named(c.PackName) is null))
        {
            text.Append("not a pack of this build: '").Append(stray.PackName).Append("' in ").Append(stray).Append('\n');
        }

        if (host.DefaultPack is { } fallback)
        {
            text.Append(PackSelection.EnvironmentVariable).Append('=').Append(fallback).Append(": checks the articles no configuration claims\n");
        }

        host.Out.Write(text.ToString());
        return ExitCodes.Clean;
    }
}
