namespace Consistency.Text;

[Flags]
public enum TokenFlags : byte
{
    None = 0,
    /// <summary>White space stands between this token and the one before.</summary>
    SpaceBefore = 1,
    /// <summary>A line break stands between this token and the one before.</summary>
    LineBreakBefore = 2,
    /// <summary>An empty line stands between this token and the one before.</summary>
    BlankLineBefore = 4,
    /// <summary>The token holds invisible characters (soft hyphen, zero-width space) that comparisons ignore.</summary>
    HasIgnorable = 8,
    /// <summary>The word starts with an upper-case letter.</summary>
    Capitalized = 16,
}
