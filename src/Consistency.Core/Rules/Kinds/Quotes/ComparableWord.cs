namespace Consistency.Rules.Kinds.Quotes;

/// <summary>
/// One word of a quote as quotes are compared: lower case, one apostrophe, contractions spelt out
/// ("can't" gives "can" and "not", both pointing at the token "can't"). <see cref="Token"/> is the
/// token it came from, so a finding can name the article's own words; <see cref="Part"/> counts the
/// clauses inside the quote (split at full stops, commas, semicolons, colons and dashes).
/// </summary>
public readonly record struct ComparableWord(string Text, int Token, int Part);
