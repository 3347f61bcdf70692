using Consistency.Reporting;
using Consistency.Testing;

namespace Consistency.Cli.Tests;

/// <summary>Where the command line's report snapshots live, and the formats each scenario is snapshotted in.</summary>
public static class CliSnapshots
{
    public static readonly string Folder = Path.Combine(RepositoryPaths.Snapshots, "cli");

    public static IEnumerable<string> Formats => ReportFormats.Names;

    public static void Match(string report, string scenario, string format) => Snapshot.Match(report, Folder, $"{scenario}.{format}");
}
