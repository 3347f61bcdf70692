using System.Text;
using Consistency.Analysis;
using Consistency.Core.Tests.Support;
using Consistency.Reporting;

namespace Consistency.Core.Tests.Robustness;

/// <summary>
/// Files an archive really holds beside articles: empty, binary, wrongly encoded, with every line
/// ending. Each gets a correct result or a diagnostic naming it, and the real articles scanned in
/// the same folder report exactly what they report alone. Fixtures are made here, byte for byte.
/// </summary>
public sealed class HostileFileTests
{
    private static readonly byte[] PngHeader = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

    private static string Seed => Articles.FirstSeedWithFindings();

    private static ArticleReport Report(string name, byte[] bytes)
    {
        using var folder = new TempFolder();
        folder.Write(name, bytes);
        return EngineRun.Analyzer().Analyze(EngineRun.Folder(folder.Path)).Articles.Single();
    }

    private static string Lines(string name, byte[] bytes) => EngineRun.Lines(Report(name, bytes));

    [TestCase("")]
    [TestCase(" \n\t\r\n   ")]
    [TestCase("\u00A0\u2009\u200B\n")]
    public void Empty_and_whitespace_only_files_have_no_findings(string text)
    {
        var report = Report("blank.txt", Encoding.UTF8.GetBytes(text));
        report.Path.ShouldBe("blank.txt");
        report.Diagnostics.ShouldBeEmpty();
    }

    [Test]
    public void A_file_with_NUL_bytes_is_reported_as_not_text()
    {
        Lines("nul.txt", [(byte)'Z', (byte)'a', 0, (byte)'p'])
            .ShouldBe("nul.txt(1,1): error CON0003: Not checked: the file holds NUL bytes: it looks binary");
    }

    [Test]
    public void An_image_named_like_an_article_is_reported_as_not_text()
    {
        Lines("photo.txt", PngHeader).ShouldStartWith("photo.txt(1,1): error CON0003: Not checked: ");
    }

    [Test]
    public void Invalid_UTF8_is_reported_with_the_offending_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("Zapad-2022 \u00E9").Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        Lines("latin1.txt", bytes).ShouldBe($"latin1.txt(1,1): error CON0003: Not checked: invalid UTF-8 at byte {bytes.Length - 2}");
    }

    [Test]
    public void A_lone_surrogate_encoded_in_UTF8_is_reported_as_not_text()
    {
        Lines("surrogate.txt", [(byte)'a', 0xED, 0xA0, 0x80]).ShouldStartWith("surrogate.txt(1,1): error CON0003: Not checked: invalid UTF-8");
    }

    public static IEnumerable<TestCaseData> Encodings()
    {
        yield return new TestCaseData(new UTF8Encoding(true)).SetName("UTF-8 with BOM");
        yield return new TestCaseData(new UnicodeEncoding(bigEndian: false, byteOrderMark: true)).SetName("UTF-16 LE with BOM");
        yield return new TestCaseData(new UnicodeEncoding(bigEndian: true, byteOrderMark: true)).SetName("UTF-16 BE with BOM");
        yield return new TestCaseData(new UTF32Encoding(bigEndian: false, byteOrderMark: true)).SetName("UTF-32 LE with BOM");
    }

    [TestCaseSource(nameof(Encodings))]
    public void An_article_with_a_byte_order_mark_reports_what_its_UTF8_twin_reports(Encoding encoding)
    {
        var seed = Seed;
        var plain = Lines("a.txt", Encoding.UTF8.GetBytes(seed));
        plain.ShouldNotBeEmpty();
        Lines("a.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(seed)]).ShouldBe(plain);
    }

    [Test]
    public void UTF16_with_an_odd_byte_count_is_reported_as_not_text()
    {
        byte[] bytes = [0xFF, 0xFE, (byte)'a', 0, (byte)'b'];
        Lines("odd.txt", bytes).ShouldStartWith("odd.txt(1,1): error CON0003: Not checked: invalid UTF-16");
    }

    [TestCase("\r\n")]
    [TestCase("\r")]
    [TestCase("\n")]
    public void Line_endings_do_not_change_findings_only_line_numbers_stay_right(string ending)
    {
        var seed = Seed.ReplaceLineEndings("\n");
        var expected = EngineRun.Text(seed).Diagnostics.Select(d => (d.Id, d.Location, d.Message)).ToList();
        var actual = EngineRun.Text(seed.Replace("\n", ending, StringComparison.Ordinal)).Diagnostics.Select(d => (d.Id, d.Location, d.Message)).ToList();
        expected.ShouldNotBeEmpty();
        actual.ShouldBe(expected);
    }

    [Test]
    public void Mixed_line_endings_keep_every_finding_on_its_own_line()
    {
        var seed = Seed.ReplaceLineEndings("\n");
        var lines = seed.Split('\n');
        var endings = new[] { "\r\n", "\r", "\n" };
        var mixed = string.Concat(lines.Select((line, i) => line + (i == lines.Length - 1 ? "" : endings[i % 3])));
        var expected = EngineRun.Text(seed).Diagnostics.Select(d => (d.Id, d.Location, d.Message)).ToList();
        EngineRun.Text(mixed).Diagnostics.Select(d => (d.Id, d.Location, d.Message)).ShouldBe(expected);
    }

    [Test]
    public void Hostile_files_cost_the_real_articles_beside_them_nothing()
    {
        using var alone = new TempFolder();
        using var mixed = new TempFolder();
        foreach (var seed in Articles.SeedFiles)
        {
            var bytes = File.ReadAllBytes(seed);
            alone.Write(Path.GetFileName(seed), bytes);
            mixed.Write(Path.GetFileName(seed), bytes);
        }

        mixed.Write("hostile/empty.txt", []);
        mixed.Write("hostile/nul.txt", [1, 0, 2]);
        mixed.Write("hostile/image.md", PngHeader);
        mixed.Write("hostile/latin1.txt", [0x41, 0xE9, 0x41]);
        mixed.Write("hostile/utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Observers from 32 countries watched the Zapad drills.")]);

        var expected = EngineRun.Output(EngineRun.Analyzer().Analyze(EngineRun.Folder(alone.Path)));
        var result = EngineRun.Analyzer(threads: 2).Analyze(EngineRun.Folder(mixed.Path));
        var seedLines = result.Reports.Where(a => !a.Path.StartsWith("hostile/", StringComparison.Ordinal)).SelectMany(a => a.Diagnostics).Select(DiagnosticLine.Format);
        var expectedLines = expected.Split('\n').Where(l => l.Contains("): ", StringComparison.Ordinal) && !l.StartsWith(RelatedLine.Indent, StringComparison.Ordinal));
        seedLines.ShouldBe(expectedLines);
        result.Articles.Single(a => a.Path == "hostile/nul.txt").Diagnostics.Single().Id.ShouldBe("CON0003");
        result.Articles.Single(a => a.Path == "hostile/image.md").Diagnostics.Single().Id.ShouldBe("CON0003");
        result.Articles.Single(a => a.Path == "hostile/latin1.txt").Diagnostics.Single().Id.ShouldBe("CON0003");
        result.Articles.Single(a => a.Path == "hostile/empty.txt").Diagnostics.ShouldBeEmpty();
        result.Articles.Single(a => a.Path == "hostile/utf16.txt").Diagnostics.Single().Id.ShouldBe("ZAP004");
    }
}
