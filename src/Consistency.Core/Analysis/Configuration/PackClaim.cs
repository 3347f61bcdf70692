namespace Consistency.Analysis.Configuration;

/// <summary>One <c>consistency_pack = NAME</c> line: the file (as the user would type it), its section (or "(global)") and the name it gives.</summary>
public sealed record PackClaim(string File, string Section, string PackName)
{
    public override string ToString() => $"{File} [{Section}]";
}
