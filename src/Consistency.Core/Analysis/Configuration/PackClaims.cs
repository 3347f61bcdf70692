namespace Consistency.Analysis.Configuration;

/// <summary>
/// Which folders and globs claim which pack: every <c>consistency_pack</c> line in the .editorconfig
/// files a folder's articles can see, those in the folder and below it (tool folders such as
/// <c>bin</c> and <c>.git</c> skipped) and those above it up to a root file. For
/// <c>consistency packs</c>, which shows a desk where each story's articles are.
/// </summary>
public static class PackClaims
{
    /// <returns>The claims, ordered by file and section; a file that cannot be read is left out (check reports it).</returns>
    public static IReadOnlyList<PackClaim> Find(string folder, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var root = Path.GetFullPath(folder, baseDirectory);
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var dir in FolderChain.Upwards(root).Skip(1))
        {
            var above = Path.Combine(dir, EditorConfigFile.FileName);
            if (File.Exists(above))
            {
                files.Add(above);
                if (EditorConfigFile.Read(above, above).IsRoot)
                {
                    break;
                }
            }
        }

        if (Directory.Exists(root))
        {
            var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = FileAttributes.ReparsePoint };
            var pending = new Stack<string>([root]);
            while (pending.Count > 0)
            {
                var dir = pending.Pop();
                var here = Path.Combine(dir, EditorConfigFile.FileName);
                if (File.Exists(here))
                {
                    files.Add(here);
                }

                foreach (var sub in Directory.EnumerateDirectories(dir, "*", options))
                {
                    if (Path.GetFileName(sub) is not ("bin" or "obj" or ".git" or "node_modules"))
                    {
                        pending.Push(sub);
                    }
                }
            }
        }

        var claims = new List<PackClaim>();
        foreach (var file in files)
        {
            var display = ArticleDiscovery.DisplayPath(file, baseDirectory);
            var text = ConfigurationFileReader.ReadText(file, display, ConfigurationFileReader.EditorConfigLimit, out _);
            if (text is not null)
            {
                claims.AddRange(InFile(display, text));
            }
        }

        return claims;
    }

    /// <summary>The file's claims as written: each section header's text as the user wrote it, "(global)" before the first.</summary>
    private static IEnumerable<PackClaim> InFile(string display, string text)
    {
        var section = "(global)";
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                section = line[1..^1];
                continue;
            }

            var equals = line.IndexOfAny(['=', ':']);
            if (equals > 0 && line[..equals].Trim().Equals(EditorConfigSeverities.PackKey, StringComparison.OrdinalIgnoreCase))
            {
                var value = StripComment(line[(equals + 1)..]).Trim();
                if (value.Length > 0)
                {
                    yield return new PackClaim(display, section, value);
                }
            }
        }
    }

    /// <summary>As in the editorconfig spec: '#' or ';' after whitespace starts a comment.</summary>
    private static string StripComment(string value)
    {
        for (var i = 1; i < value.Length; i++)
        {
            if ((value[i] == '#' || value[i] == ';') && char.IsWhiteSpace(value[i - 1]))
            {
                return value[..i];
            }
        }

        return value;
    }
}
