using System.Text;
using Consistency.Analysis;

namespace Consistency.Reporting;

/// <summary>One compiler-style line per diagnostic, then the run's summary.</summary>
/// <remarks>
/// Lines are gathered into blocks of about 64 KB before each write: the console's writer flushes on
/// every call, and a corpus with thousands of findings otherwise costs two system calls per finding.
/// </remarks>
/// <param name="color">Paint severity words with ANSI colours (for a terminal).</param>
public sealed class MsBuildTextFormatter(bool color = false) : IReportFormatter
{
    private const int BlockChars = 64 * 1024;

    public void Write(AnalysisResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        var block = new StringBuilder(BlockChars + 1024);
        foreach (var diagnostic in result.Diagnostics)
        {
            block.Append(DiagnosticLine.Format(diagnostic, color)).Append('\n');
            if (block.Length >= BlockChars)
            {
                writer.Write(block);
                block.Clear();
            }
        }

        block.Append(Summary.Run(result)).Append('\n');
        writer.Write(block);
    }
}
