using System.Collections;

namespace Consistency.Text;

/// <summary>
/// A read-only view of an array as a sealed class, so that the indexer the claims readers call
/// millions of times per corpus is a direct, inlinable array access rather than an interface call
/// through <see cref="IReadOnlyList{T}"/>; <c>foreach</c> uses a struct enumerator and allocates nothing.
/// </summary>
public sealed class ReadOnlyArray<T> : IReadOnlyList<T>
{
    private readonly T[] _items;

    public ReadOnlyArray(T[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = items;
    }

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    /// <summary>The items as a span, for loops that want no bounds check per step.</summary>
    public ReadOnlySpan<T> AsSpan() => _items;

    public Enumerator GetEnumerator() => new(_items);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <summary>Allocation-free enumeration for <c>foreach</c>.</summary>
    public struct Enumerator
    {
        private readonly T[] _items;
        private int _index;

        internal Enumerator(T[] items)
        {
            _items = items;
            _index = -1;
        }

        public readonly T Current => _items[_index];

        public bool MoveNext() => ++_index < _items.Length;
    }
}
