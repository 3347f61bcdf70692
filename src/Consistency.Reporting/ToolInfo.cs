namespace Consistency.Reporting;

/// <summary>
/// What a machine-readable report says produced it. The host passes it in, so a report never
/// carries a build's commit hash or a clock, and the same input gives the same bytes.
/// </summary>
public sealed record ToolInfo(string Name, string Version, Uri InformationUri);
