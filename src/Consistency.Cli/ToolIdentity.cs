using System.Reflection;
using Consistency.Reporting;

namespace Consistency.Cli;

/// <summary>What reports say produced them: this assembly's name, package version and README's address (none unless the build was given one).</summary>
internal static class ToolIdentity
{
    public static ToolInfo Current { get; } = Create(typeof(ToolIdentity).Assembly);

    private static ToolInfo Create(Assembly assembly)
    {
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var readme = assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == "ReadmeUrl")?.Value;
        return new ToolInfo("consistency", version.Split('+')[0], string.IsNullOrEmpty(readme) ? null : new Uri(readme, UriKind.Absolute));
    }
}
