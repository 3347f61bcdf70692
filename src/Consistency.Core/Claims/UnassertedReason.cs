namespace Consistency.Claims;

/// <summary>Why an article does not stand behind some of its words (see <see cref="UnassertedClaim"/>).</summary>
public enum UnassertedReason
{
    /// <summary>"denied that …", "false claims that …", "it is not true that …".</summary>
    Denied,
    /// <summary>"asked whether …", "it is unclear whether …".</summary>
    Asked,
    /// <summary>"An earlier version of this article said …": the wrong words a correction repeats.</summary>
    Corrected,
    /// <summary>A quoted banner, placard, slogan or headline.</summary>
    Displayed,
}
