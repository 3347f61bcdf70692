using System.Text;
using Consistency.Core.Tests.Support;

namespace Consistency.Core.Tests.Robustness;

/// <summary>Text that is valid but odd: invisible characters inside numbers, emoji, absurd numbers, endless lines.</summary>
public sealed class HostileTextTests
{
    private static string Observers(string count) => $"Observers from {count} countries watched the Zapad drills at the Borisovsky ground.";

    [TestCase("23")]
    [TestCase("2\u00AD3")]
    [TestCase("2\u200B3")]
    [TestCase("twenty-three")]
    public void Invisible_characters_inside_the_right_count_raise_nothing(string count)
    {
        EngineRun.Text(Observers(count)).Diagnostics.ShouldBeEmpty();
    }

    [TestCase("23\u00A0countries")]
    [TestCase("23\u2009countries")]
    [TestCase("23\u202Fcountries")]
    public void A_no_break_or_thin_space_between_count_and_noun_reads_as_a_space(string phrase)
    {
        EngineRun.Text($"Observers from {phrase} watched the Zapad drills.").Diagnostics.ShouldBeEmpty();
        EngineRun.Text($"Observers from {phrase.Replace("23", "32", StringComparison.Ordinal)} watched the Zapad drills.")
            .Diagnostics.Single().Id.ShouldBe("ZAP004");
    }

    [TestCase("3\u00AD2", "3\u00AD2")]
    [TestCase("3\u200B2", "3\u200B2")]
    public void A_wrong_count_with_invisible_characters_is_still_caught_and_spans_them(string count, string span)
    {
        var report = EngineRun.Text(Observers(count));
        var finding = report.Diagnostics.Single();
        finding.Id.ShouldBe("ZAP004");
        finding.Excerpt!.Substring(finding.Span.Start - finding.ExcerptSpan.Start, finding.Span.Length).ShouldBe(span);
    }

    [Test]
    public void Digit_groups_split_by_a_no_break_space_read_as_one_number()
    {
        var thin = EngineRun.Text("Some 200\u00A0000 troops took part in Zapad-2021, the previous edition.");
        var comma = EngineRun.Text("Some 200,000 troops took part in Zapad-2021, the previous edition.");
        thin.Diagnostics.Select(d => d.Id).ShouldBe(comma.Diagnostics.Select(d => d.Id));
    }

    [Test]
    public void An_emoji_before_a_finding_leaves_its_column_in_UTF16_code_units()
    {
        const string Line = "Observers from 32 countries watched the Zapad drills.";
        var plain = EngineRun.Text(Line).Diagnostics.Single();
        var emoji = EngineRun.Text("\U0001F1E7\U0001F1FE\U0001F600 " + Line).Diagnostics.Single();
        emoji.Id.ShouldBe(plain.Id);
        emoji.Location.StartColumn.ShouldBe(plain.Location.StartColumn + 7);
        emoji.Location.StartLine.ShouldBe(1);
    }

    [TestCase("99999999999999999999999")]
    [TestCase("99,999,999,999,999,999,999,999,999,999,999")]
    [TestCase("1.00000000000000000000000000000000000001")]
    [TestCase("79228162514264337593543950336")]
    public void Absurd_numbers_are_read_or_ignored_but_never_throw(string number)
    {
        var report = EngineRun.Text($"Some {number} troops and observers from {number} countries took part in Zapad-{number}, held every {number} years.");
        report.Diagnostics.ShouldNotContain(d => d.Id.StartsWith("CON", StringComparison.Ordinal));
    }

    [Test]
    public void A_1MB_line_without_a_sentence_end_is_one_sentence_and_findings_in_it_are_placed()
    {
        var line = new StringBuilder();
        while (line.Length < 1_000_000)
        {
            line.Append("and the drills went on near the border ");
        }

        line.Append("with observers from 32 countries watching Zapad");
        var report = EngineRun.Text(line.ToString());
        var finding = report.Diagnostics.Single();
        finding.Id.ShouldBe("ZAP004");
        finding.Location.StartLine.ShouldBe(1);
        finding.Location.StartColumn.ShouldBe(line.ToString().IndexOf("32", StringComparison.Ordinal) + 1);
    }

    [Test]
    public void Unpaired_surrogates_and_control_characters_are_read_as_text()
    {
        var report = EngineRun.Text("\uD800Observers\uDC00 from 32\u0007 countries watched the Zapad drills\u0000.");
        report.Diagnostics.Single().Id.ShouldBe("ZAP004");
    }
}
