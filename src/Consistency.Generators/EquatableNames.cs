using System.Collections.Immutable;
using System.Linq;

namespace Consistency.Generators;

/// <summary>A list of names compared by its items, so the incremental generator reuses its output while the referenced packs are the same.</summary>
internal sealed class EquatableNames(ImmutableArray<string> names) : System.IEquatable<EquatableNames>
{
    public ImmutableArray<string> Names { get; } = names;

    public bool Equals(EquatableNames? other) => other is not null && Names.SequenceEqual(other.Names);

    public override bool Equals(object? obj) => Equals(obj as EquatableNames);

    public override int GetHashCode() => Names.Aggregate(17, (hash, name) => (hash * 31) + name.GetHashCode());
}
