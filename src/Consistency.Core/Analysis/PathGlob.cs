using System.Text;
using System.Text.RegularExpressions;

namespace Consistency.Analysis;

/// <summary>
/// A path pattern a user quotes so the shell leaves it alone: <c>*</c> within a folder name,
/// <c>**</c> across folders, <c>?</c> one character, <c>{a,b}</c> alternatives, <c>[abc]</c> a class.
/// It is split into the folder to search (the leading names without wildcards) and the pattern the
/// files under it must match, forward slashes on every OS.
/// </summary>
public sealed class PathGlob
{
    private static readonly char[] Wildcards = ['*', '?', '[', '{'];

    private readonly Regex _pattern;

    private PathGlob(string root, Regex pattern)
    {
        Root = root;
        _pattern = pattern;
    }

    /// <summary>The folder (relative or absolute, as given) that holds every match.</summary>
    public string Root { get; }

    public static bool IsGlob(string path) => path is not null && path.IndexOfAny(Wildcards) >= 0;

    public static PathGlob Parse(string glob)
    {
        ArgumentNullException.ThrowIfNull(glob);
        var segments = glob.Replace('\\', '/').Split('/');
        var literal = segments.TakeWhile(s => s.IndexOfAny(Wildcards) < 0).Count();
        var root = string.Join('/', segments.Take(literal));
        var rest = string.Join('/', segments.Skip(literal));
        return new PathGlob(root.Length == 0 && glob.StartsWith('/') ? "/" : root, new Regex(ToRegex(rest), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking));
    }

    /// <summary>Whether a path relative to <see cref="Root"/>, with forward slashes, matches.</summary>
    public bool Matches(string relativePath) => _pattern.IsMatch(relativePath);

    private static string ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*' when At(pattern, i, "**/"):
                    regex.Append("(?:.*/)?");
                    i += 2;
                    break;
                case '*' when At(pattern, i, "**"):
                    regex.Append(".*");
                    i++;
                    break;
                case '*':
                    regex.Append("[^/]*");
                    break;
                case '?':
                    regex.Append("[^/]");
                    break;
                case '{':
                    regex.Append("(?:");
                    break;
                case '}':
                    regex.Append(')');
                    break;
                case ',' when pattern.LastIndexOf('{', i) > pattern.LastIndexOf('}', i):
                    regex.Append('|');
                    break;
                case '[' when pattern.IndexOf(']', i) is var close and > 0:
                    regex.Append('[').Append(Regex.Escape(pattern[(i + 1)..close]).Replace(@"\-", "-", StringComparison.Ordinal)).Append(']');
                    i = close;
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return regex.Append('$').ToString();
    }

    private static bool At(string s, int i, string token) => string.CompareOrdinal(s, i, token, 0, token.Length) == 0;
}
