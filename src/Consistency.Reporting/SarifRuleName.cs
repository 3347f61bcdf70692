using System.Globalization;
using System.Text;

namespace Consistency.Reporting;

/// <summary>
/// SARIF's friendly rule name, a Pascal-case identifier made from the rule's title:
/// "A rule failed on an article" → "RuleFailedOnAnArticle", "The article's cadence …" →
/// "ArticlesCadence…", "NATO member" → "NatoMember". A leading article ("A", "An") is dropped, as is any character that is not a
/// letter or digit, so no two capitals run together by accident. An identifier cannot start with a
/// digit, so "200,000 troops …" becomes "The200000Troops…".
/// </summary>
internal static class SarifRuleName
{
    public static string From(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && (words[0] is "A" or "An"))
        {
            words.RemoveAt(0);
        }

        var name = new StringBuilder(title.Length);
        foreach (var word in words)
        {
            var letters = new string(word.Where(char.IsLetterOrDigit).ToArray());
            if (letters.Length > 1 && letters.All(c => !char.IsLower(c)))
            {
                letters = letters[0] + letters[1..].ToLowerInvariant();   // "NATO" → "Nato": capitals never run together
            }

            if (letters.Length > 0)
            {
                name.Append(char.ToUpper(letters[0], CultureInfo.InvariantCulture)).Append(letters, 1, letters.Length - 1);
            }
        }

        return name.Length > 0 && char.IsDigit(name[0]) ? "The" + name : name.ToString();
    }
}
