namespace Consistency.Reporting;

/// <summary>
/// What a machine-readable report says produced it. The host passes it in, so a report never
/// carries a build's commit hash or a clock, and the same input gives the same bytes.
/// </summary>
/// <param name="Name">The command's name.</param>
/// <param name="Version">The package version, without a commit hash.</param>
/// <param name="InformationUri">
/// The published README's address, or null when the build was given none (no public repository):
/// reports then carry no link rather than one that does not resolve. Relative help links (the
/// engine's <c>README.md#engine-diagnostics</c>) are made absolute against it.
/// </param>
public sealed record ToolInfo(string Name, string Version, Uri? InformationUri)
{
    /// <summary>A rule's help link as an absolute address: as written if absolute, else against the README's; null if neither can be.</summary>
    public Uri? AbsoluteHelpLink(Uri helpLink)
    {
        ArgumentNullException.ThrowIfNull(helpLink);
        return helpLink.IsAbsoluteUri ? helpLink : InformationUri is { } readme ? new Uri(readme, helpLink) : null;
    }
}
