using System.Text;
using System.Text.RegularExpressions;
using Consistency.Reporting;

namespace Consistency.Cli;

/// <summary>
/// Tells a report this tool wrote from an article, by the marks every format leaves: the text and
/// GitHub reports end with their summary line ("5 articles checked: …"), JSON opens with its
/// <c>schemaVersion</c>, SARIF with its <c>$schema</c>, Markdown with its heading, HTML with its doctype and root element;
/// a matrix (<c>consistency matrix --output</c>) by its heading (text, Markdown) or <c>schemaVersion</c> (JSON). A scanned folder
/// may hold the last run's report under the name --output gives (<c>report.txt</c>); that file is
/// replaced and not checked, while a file without these marks is an article and is never replaced.
/// </summary>
internal static partial class EarlierReport
{
    private const int HeadBytes = 128;
    private const int TailBytes = 512;

    private static readonly string[] Openings =
    [
        "{\n  \"schemaVersion\": ",
        "{\n  \"$schema\": \"https://docs.oasis-open.org/sarif/",
        "## Consistency report\n",
        HtmlReportFormatter.Opening,
        Consistency.Reporting.Matrix.MatrixMarkdownFormatter.Heading + "\n",
        Consistency.Reporting.Matrix.MatrixTextFormatter.HeadingStart,
    ];

    public static bool Recognizes(string path)
    {
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var length = RandomAccess.GetLength(handle);
            var head = Read(handle, 0, (int)Math.Min(HeadBytes, length));
            if (Openings.Any(o => head.StartsWith(o, StringComparison.Ordinal)))
            {
                return true;
            }

            var tailStart = Math.Max(0, length - TailBytes);
            return SummaryLine().IsMatch(Read(handle, tailStart, (int)(length - tailStart)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // what cannot be read cannot be told to be a report: it is kept, and the run refused
        }
    }

    private static string Read(Microsoft.Win32.SafeHandles.SafeFileHandle handle, long offset, int count)
    {
        var bytes = new byte[count];
        var read = RandomAccess.Read(handle, bytes, offset);
        return Encoding.UTF8.GetString(bytes, 0, read);
    }

    /// <summary>The last line of a text or GitHub report (StreamingReport.WriteEnd): "1 article checked: …" then a line break.</summary>
    [GeneratedRegex(@"(?:^|\n)\d+ articles? checked: [^\n]*\n\z", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex SummaryLine();
}
