using System.Reflection;
using Consistency.Reporting;

namespace Consistency.Cli;

/// <summary>What reports say produced them: this assembly's name, package version and project page.</summary>
internal static class ToolIdentity
{
    public static ToolInfo Current { get; } = Create(typeof(ToolIdentity).Assembly);

    private static ToolInfo Create(Assembly assembly)
    {
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var uri = assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "InformationUri").Value!;
        return new ToolInfo("consistency", version.Split('+')[0], new Uri(uri, UriKind.Absolute));
    }
}
