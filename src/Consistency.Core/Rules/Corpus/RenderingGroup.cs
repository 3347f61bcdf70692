using Consistency.Rules.Kinds.Quotes;

namespace Consistency.Rules.Corpus;

/// <summary>
/// One wording of a quote across the corpus: the renderings (<see cref="Observation.IsQuote"/>)
/// whose words are the same once typography and contractions are set aside, with every place it
/// stands, in corpus order. Quote drift judges one wording against the others, and the matrix
/// lists them with their word diffs.
/// </summary>
public sealed class RenderingGroup
{
    private RenderingGroup(IReadOnlyList<ComparableWord> words, string text)
    {
        Words = words;
        Text = text;
        AsTranslation = new KnownTranslation(text, text);
    }

    /// <summary>The words as compared (lower case, contractions spelt out).</summary>
    public IReadOnlyList<ComparableWord> Words { get; }

    /// <summary>The wording as its first place writes it.</summary>
    public string Text { get; }

    /// <summary>This wording as the reference another rendering is judged against (<see cref="QuoteDiff.Compare"/>).</summary>
    public KnownTranslation AsTranslation { get; }

    public List<ArticleObservation> Places { get; } = [];

    /// <summary>How many articles give this wording.</summary>
    public int Articles => Places.Select(p => p.Path).Distinct(StringComparer.Ordinal).Count();

    /// <summary>The wordings of these renderings (of one quote), in the order their first places come.</summary>
    public static List<RenderingGroup> Of(IEnumerable<ArticleObservation> renderings)
    {
        ArgumentNullException.ThrowIfNull(renderings);
        var byWords = new Dictionary<string, RenderingGroup>(StringComparer.Ordinal);
        var byText = new Dictionary<string, RenderingGroup>(StringComparer.Ordinal);
        var groups = new List<RenderingGroup>();
        foreach (var rendering in renderings)
        {
            var text = rendering.Observation.Value;
            if (!byText.TryGetValue(text, out var group))
            {
                var words = ComparableWords.Read(text);
                var key = string.Join(' ', words.Select(w => w.Text));
                if (!byWords.TryGetValue(key, out group))
                {
                    byWords[key] = group = new RenderingGroup(words, text);
                    groups.Add(group);
                }

                byText[text] = group;
            }

            group.Places.Add(rendering);
        }

        return groups;
    }
}
