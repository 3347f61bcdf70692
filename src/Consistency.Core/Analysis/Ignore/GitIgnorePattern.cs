using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Consistency.Analysis.Ignore;

/// <summary>
/// One line of a <c>.gitignore</c> file, read as gitignore(5) describes: <c>#</c> starts a comment,
/// <c>!</c> negates (re-includes), a trailing <c>/</c> matches folders only, a <c>/</c> at the start or
/// in the middle anchors the pattern to the file's folder (otherwise it matches a name at any depth),
/// <c>*</c> and <c>?</c> never cross a <c>/</c>, <c>[a-z]</c> and <c>[!a-z]</c> are classes, and
/// <c>**/</c>, <c>/**/</c> and a trailing <c>/**</c> span folders. A backslash escapes the next
/// character; unescaped trailing spaces are dropped. Case-sensitive, as git is on Linux.
/// </summary>
internal sealed class GitIgnorePattern
{
    private readonly Regex _regex;

    private GitIgnorePattern(Regex regex, bool negated, bool foldersOnly, bool anchored)
    {
        _regex = regex;
        Negated = negated;
        FoldersOnly = foldersOnly;
        Anchored = anchored;
    }

    /// <summary>A <c>!</c> pattern: a match re-includes what an earlier pattern ignored.</summary>
    public bool Negated { get; }

    /// <summary>Written with a trailing <c>/</c>: matches folders, never files.</summary>
    public bool FoldersOnly { get; }

    /// <summary>Matched against the whole path below the file's folder, not against the last name alone.</summary>
    public bool Anchored { get; }

    /// <summary>The pattern on a line, or null for a blank line, a comment, or a line that can match nothing.</summary>
    public static GitIgnorePattern? Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.TrimEnd('\r');
        if (text.Length == 0 || text[0] == '#')
        {
            return null;
        }

        // Trailing spaces are dropped unless the last is escaped ("name\ ").
        while (text.Length > 0 && text[^1] == ' ' && !(text.Length > 1 && text[^2] == '\\'))
        {
            text = text[..^1];
        }

        var negated = text.StartsWith('!');
        if (negated)
        {
            text = text[1..];
        }

        var foldersOnly = text.EndsWith('/');
        if (foldersOnly)
        {
            text = text.TrimEnd('/');
        }

        var anchored = text.Contains('/');
        if (text.StartsWith('/'))
        {
            text = text[1..];
        }

        if (text.Length == 0 || ToRegex(text) is not { } body)
        {
            return null;
        }

        var regex = new Regex($"\\A(?:{body})\\z", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        return new GitIgnorePattern(regex, negated, foldersOnly, anchored);
    }

    /// <summary>Whether the pattern matches a path below its file's folder (forward slashes, no leading slash).</summary>
    public bool Matches(string relativePath, bool isFolder)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        if (FoldersOnly && !isFolder)
        {
            return false;
        }

        var subject = Anchored ? relativePath : relativePath[(relativePath.LastIndexOf('/') + 1)..];
        return _regex.IsMatch(subject);
    }

    /// <summary>The pattern as a regular expression body; null if it ends in a lone backslash (git matches nothing then).</summary>
    private static string? ToRegex(string pattern)
    {
        var regex = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '\\':
                    if (i + 1 == pattern.Length)
                    {
                        return null;
                    }

                    regex.Append(Literal(pattern[++i]));
                    break;
                case '*':
                    var run = 1;
                    while (i + run < pattern.Length && pattern[i + run] == '*')
                    {
                        run++;
                    }

                    var wholeName = (i == 0 || pattern[i - 1] == '/') && (i + run == pattern.Length || pattern[i + run] == '/');
                    if (run >= 2 && wholeName && i + run == pattern.Length)
                    {
                        regex.Append(".*"); // "dir/**": everything inside
                    }
                    else if (run >= 2 && wholeName)
                    {
                        regex.Append("(?:.*/)?"); // "**/" and "/**/": any number of folders, none included
                        run++; // the slash after it is part of that
                    }
                    else
                    {
                        regex.Append("[^/]*"); // any other run of stars is one star
                    }

                    i += run - 1;
                    break;
                case '?':
                    regex.Append("[^/]");
                    break;
                case '[' when Class(pattern, i, out var set, out var end):
                    regex.Append(set);
                    i = end;
                    break;
                default:
                    regex.Append(Literal(c));
                    break;
            }
        }

        return regex.ToString();
    }

    /// <summary>
    /// A bracket expression starting at <paramref name="open"/>, as a .NET class that never matches
    /// <c>/</c>; false when no <c>]</c> closes it (the <c>[</c> is then an ordinary character).
    /// </summary>
    private static bool Class(string pattern, int open, out string set, out int end)
    {
        set = "";
        end = open;
        var i = open + 1;
        var negated = i < pattern.Length && pattern[i] is '!' or '^';
        if (negated)
        {
            i++;
        }

        var members = new StringBuilder();
        var first = true;
        while (i < pattern.Length && (pattern[i] != ']' || first))
        {
            first = false;
            var from = pattern[i];
            if (from == '\\' && i + 1 < pattern.Length)
            {
                from = pattern[++i];
            }

            if (i + 2 < pattern.Length && pattern[i + 1] == '-' && pattern[i + 2] != ']')
            {
                var to = pattern[i + 2];
                i += 2;
                if (to == '\\' && i + 1 < pattern.Length)
                {
                    to = pattern[++i];
                }

                if (to >= from)
                {
                    members.Append(Escaped(from)).Append('-').Append(Escaped(to));
                }
            }
            else
            {
                members.Append(Escaped(from));
            }

            i++;
        }

        if (i >= pattern.Length)
        {
            return false;
        }

        end = i;
        // An empty class (a reversed range alone) matches nothing, as in git.
        set = members.Length == 0 ? (negated ? "[^/]" : "[^\\s\\S]")
            : negated ? $"[^{members}/]" : $"[{members}-[/]]";
        return true;
    }

    private static string Literal(char c) => Regex.Escape(c.ToString());

    private static string Escaped(char c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
}
