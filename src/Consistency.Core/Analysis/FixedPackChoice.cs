namespace Consistency.Analysis;

/// <summary>One pack for every article (<c>--pack NAME</c>), whatever the configuration says.</summary>
public sealed class FixedPackChoice(string name) : IPackChoice
{
    public string Name { get; } = name ?? throw new ArgumentNullException(nameof(name));

    public string? PackFor(string articlePath) => Name;
}
