using System.Text;
using Consistency.Core.Tests.Support;

namespace Consistency.Core.Tests.Robustness;

/// <summary>A 50 MB article (an archive dump saved as one file) is read and checked like any other. Not a timed test.</summary>
public sealed class LargeArticleTests
{
    private const int TargetBytes = 50 * 1024 * 1024;

    [Test]
    public void A_50MB_article_is_checked_with_every_repeated_finding_placed_on_its_own_line()
    {
        var seed = Articles.FirstSeedWithFindings().ReplaceLineEndings("\n");
        if (!seed.EndsWith('\n'))
        {
            seed += "\n";
        }

        var perCopy = EngineRun.Text(seed).Diagnostics;
        using var folder = new TempFolder();
        var copies = 0;
        using (var writer = new StreamWriter(folder.File("archive.txt"), false, new UTF8Encoding(false)))
        {
            for (long written = 0; written < TargetBytes; written += Encoding.UTF8.GetByteCount(seed))
            {
                writer.Write(seed);
                writer.Write("\n");
                copies++;
            }
        }

        new FileInfo(folder.File("archive.txt")).Length.ShouldBeGreaterThanOrEqualTo(TargetBytes);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var report = EngineRun.Analyzer().Analyze(EngineRun.Folder(folder.Path)).Articles.Single();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        report.Diagnostics.ShouldNotContain(d => d.Id.StartsWith("CON", StringComparison.Ordinal));
        report.Diagnostics.Count.ShouldBe(perCopy.Count * copies);
        var linesPerCopy = seed.Count(c => c == '\n') + 1;
        var last = report.Diagnostics[^1];
        last.Location.StartLine.ShouldBe(perCopy[^1].Location.StartLine + ((copies - 1) * linesPerCopy));
        last.Location.StartColumn.ShouldBe(perCopy[^1].Location.StartColumn);
        // Linear memory: text, tokens, sentences and a line map, not a copy per finding or per sentence.
        allocated.ShouldBeLessThan(20L * TargetBytes, $"allocated {allocated / (1024 * 1024)} MB for a 50 MB article");
    }
}
