namespace Consistency.Text;

/// <summary>
/// One token array per thread, handed from a finished article to the next one analysed on the
/// same thread. Token arrays were a third of everything a corpus run allocated (16 bytes per
/// token, a token per five characters), each zeroed by the runtime and dropped an article later.
/// </summary>
/// <remarks>
/// Only the analyzer uses it, because only it knows when an article's syntax is done with: it
/// tokenizes, reads claims, runs the rules and places their findings (which keep offsets and
/// copied text, never tokens) before it takes the next article. An array for an article of
/// more than <see cref="MaxKeptTokens"/> tokens is not kept: a 50 MB article must not leave tens of
/// megabytes behind on its thread.
/// </remarks>
internal static class TokenBuffer
{
    private const int MaxKeptTokens = 1 << 16;

    [ThreadStatic]
    private static Token[]? s_free;

    /// <summary>This thread's spare array, if any; the caller owns it until it gives one back.</summary>
    public static Token[]? Take()
    {
        var buffer = s_free;
        s_free = null;
        return buffer;
    }

    /// <summary>Keeps a finished article's array for the next article on this thread.</summary>
    public static void Return(Token[] buffer)
    {
        if (buffer.Length <= MaxKeptTokens && (s_free is null || s_free.Length < buffer.Length))
        {
            s_free = buffer;
        }
    }
}
