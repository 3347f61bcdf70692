namespace Consistency.Text;

/// <summary>One slot of a <see cref="VocabularySnapshot"/>'s table: a folded word, its full hash and its number (an empty slot has no key).</summary>
internal readonly record struct VocabularySlot(string? Key, uint Hash, ushort Id);
