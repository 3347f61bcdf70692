using System.Security.Cryptography;
using System.Text;
using Consistency.Analysis;

namespace Consistency.Reporting;

/// <summary>
/// A stable name for each finding, for SARIF's <c>partialFingerprints</c> and the JSON report:
/// a hash of the rule ID, the article's path, the words at fault and which occurrence of them it
/// is. No line or column goes in, so a finding keeps its fingerprint when text above it changes,
/// and code scanning does not see it as fixed and new again.
/// </summary>
public static class FindingFingerprint
{
    /// <summary>The key under which SARIF carries it; the version changes if the recipe ever does.</summary>
    public const string SarifKey = "consistencyFinding/v1";

    /// <summary>The fingerprint of each diagnostic of one report, in its order.</summary>
    public static string[] Of(ArticleReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var occurrences = Occurrences.Number(report.Diagnostics);
        return report.Diagnostics.Select((d, i) => Hash($"{d.Id}\n{d.Path}\n{d.Words}\n{occurrences[i]}")).ToArray();
    }

    private static string Hash(string identity) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)), 0, 16);
}
