using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Consistency.Analysis;

/// <summary>
/// A path pattern a user quotes so the shell leaves it alone: <c>*</c> within a folder name,
/// <c>**</c> across folders, <c>?</c> one character, <c>{a,b}</c> alternatives (nested as
/// <c>{a,{b,c}}</c>), <c>[abc]</c> or <c>[a-c]</c> a class and <c>[!abc]</c> (or <c>[^abc]</c>) its
/// negation. It is split into the folder to search (the leading names without wildcards) and the
/// pattern the files under it must match, forward slashes on every OS. A pattern that cannot mean
/// anything (a brace never closed or never opened, a range in reverse order) is refused with the
/// reason, never passed on to the regex engine to fail there.
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

    /// <summary>Reads a glob, or says why it is not one (with the 1-based position of the fault).</summary>
    public static bool TryParse(string glob, out PathGlob? result, out string? error)
    {
        ArgumentNullException.ThrowIfNull(glob);
        result = null;
        var segments = glob.Replace('\\', '/').Split('/');
        var literal = segments.TakeWhile(s => s.IndexOfAny(Wildcards) < 0).Count();
        var root = string.Join('/', segments.Take(literal));
        var rest = string.Join('/', segments.Skip(literal));
        var offset = glob.Length - rest.Length; // where the pattern part starts in what the user typed
        error = ToRegex(rest, out var regex) is { } fault
            ? $"'{glob}' is not a valid glob: {fault.Problem} (at character {(offset + fault.Index + 1).ToString(CultureInfo.InvariantCulture)})"
            : null;
        if (error is not null)
        {
            return false;
        }

        result = new PathGlob(root.Length == 0 && glob.StartsWith('/') ? "/" : root, new Regex(regex, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking));
        return true;
    }

    /// <summary>Whether a path relative to <see cref="Root"/>, with forward slashes, matches.</summary>
    public bool Matches(string relativePath) => _pattern.IsMatch(relativePath);

    /// <returns>null when the pattern was translated, else the first fault and its 0-based index.</returns>
    private static (string Problem, int Index)? ToRegex(string pattern, out string result)
    {
        var regex = new StringBuilder("^");
        var openBraces = new Stack<int>();
        result = "";
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
                    openBraces.Push(i);
                    regex.Append("(?:");
                    break;
                case '}':
                    if (openBraces.Count == 0)
                    {
                        return ("'}' closes no '{'", i);
                    }

                    openBraces.Pop();
                    regex.Append(')');
                    break;
                case ',' when openBraces.Count > 0:
                    regex.Append('|');
                    break;
                case '[':
                    if (CharacterClass(pattern, i, regex, out var close) is { } fault)
                    {
                        return fault;
                    }

                    i = close;
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        if (openBraces.Count > 0)
        {
            return ("'{' is never closed with '}'", openBraces.Peek());
        }

        result = regex.Append('$').ToString();
        return null;
    }

    /// <summary>
    /// <c>[…]</c> starting at <paramref name="open"/>: appended as a regex class that never matches '/'.
    /// A ']' right after the '[' (or '[!') is a member, as in the shell; a '[' never closed is itself.
    /// </summary>
    private static (string Problem, int Index)? CharacterClass(string pattern, int open, StringBuilder regex, out int close)
    {
        var first = open + 1;
        var negated = first < pattern.Length && pattern[first] is '!' or '^';
        if (negated)
        {
            first++;
        }

        close = pattern.IndexOf(']', first < pattern.Length && pattern[first] == ']' ? first + 1 : first);
        if (close < 0)
        {
            close = open;
            regex.Append(@"\[");
            return null;
        }

        var members = new StringBuilder();
        for (var i = first; i < close; i++)
        {
            if (i + 2 < close && pattern[i + 1] == '-')
            {
                var (low, high) = (pattern[i], pattern[i + 2]);
                if (low > high)
                {
                    return ($"the range '{low}-{high}' is in reverse order", i);
                }

                members.Append(Escape(low)).Append('-').Append(Escape(high));
                i += 2;
            }
            else
            {
                members.Append(Escape(pattern[i]));
            }
        }

        // A class never matches the folder separator: '/' is left out of a negated class and taken out of any other.
        regex.Append(negated ? "[^/" : "[").Append(members).Append(negated ? "]" : "-[/]]");
        return null;
    }

    /// <summary>One character as a member of a regex class.</summary>
    private static string Escape(char c) => c is '\\' or ']' or '[' or '^' or '-' ? "\\" + c : c.ToString();

    private static bool At(string s, int i, string token) => string.CompareOrdinal(s, i, token, 0, token.Length) == 0;
}
