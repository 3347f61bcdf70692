using Consistency.Testing;

namespace Consistency.Packs.Zapad2025.Tests.Claims;

/// <summary>
/// The quote reader over marked-up text: <c>[|…|]</c> marks each quote's inner words and
/// <c>{|speaker:…|}</c> the words naming its speaker; the expected speakers are entity IDs in quote
/// order, "-" for a quote with no speaker. The Zapad lexicon resolves names, as in the gate.
/// </summary>
public sealed class QuoteReaderTests
{
    [TestCase("“[|We have nothing to hide,|]” {|speaker:Khrenin|} insisted.", "khrenin")]
    [TestCase("“[|We will show you whatever you are interested in. You can go, look around, talk to people,|]” {|speaker:Khrenin|} told the officers, underscoring an openness.", "khrenin")]
    [TestCase("\"[|We will show you whatever you want,|]\" said {|speaker:Belarusian Defence Minister Viktor Khrenin|}.", "khrenin")]
    [TestCase("“[|No, it wasn’t|]”, according to {|speaker:Sikorski|}.", "sikorski")]
    [TestCase("“[|We would also wish it was a mistake,|]” {|speaker:Tusk|} said.", "tusk")]
    [TestCase("“[|We will show you whatever you want|]” — {|speaker:Khrenin|} told the officers.", "khrenin")]
    [TestCase("“[|We have heard a lot of things … that we are threatening NATO,|]” {|speaker:Khrenin|} later remarked to reporters.", "khrenin")]
    public void Reads_the_speaker_named_after_the_quote(string markup, string speakers) => Verify(markup, speakers);

    [TestCase("{|speaker:President Alexander Lukashenko|} told the American officers: “[|We will show you anything. Go and see.|]”", "lukashenko")]
    [TestCase("Video showed the officers shaking hands with {|speaker:Defense Minister Viktor Khrenin|}, who told them: \"[|We'll show you anything that interests you.|]\"", "khrenin")]
    [TestCase("{|speaker:Belarusian Defense Minister Viktor Khrenin|} welcomed the Americans personally, telling them they could “[|see whatever you want|]” as they toured the grounds.", "khrenin")]
    [TestCase("{|speaker:Foreign Minister Radoslaw Sikorski|} was more direct: “[|No, it wasn’t.|]”", "sikorski")]
    [TestCase("A: {|speaker:Viktor Khrenin|} said, in one translation: “[|We’ll show you whatever you’re interested in.|]”", "khrenin")]
    [TestCase("12:30 — {|speaker:Defence Minister Viktor Khrenin|}, greeting the American officers in a video released by his ministry: “[|We’ll show you whatever you’re interested in.|]”", "khrenin")]
    [TestCase("{|speaker:Khrenin|} insisted: “[|We are only preparing to defend our country.|]”", "khrenin")]
    [TestCase("Then, according to {|speaker:Lukashenko|}, “[|we will react|]”.", "lukashenko")]
    [TestCase("{|speaker:Khrenin|}, speaking to the Americans, said: “[|Whatever you want.|]”", "khrenin")]
    [TestCase("{|speaker:the Belarusian defence minister|} told them: “[|You can go there and see.|]”", "belarus")]
    [TestCase("The officers were told by {|speaker:Khrenin|}: “[|You can go there and see.|]”", "khrenin")]
    [TestCase("Lukashenko’s defence minister, {|speaker:Viktor Khrenin|}, told them: “[|You can go there and see.|]”", "khrenin")]
    [TestCase("{|speaker:Lukashenko’s aide|} told them: “[|You can go there and see.|]”", "-")]
    public void Reads_the_speaker_named_before_the_quote(string markup, string speakers) => Verify(markup, speakers);

    [TestCase("“[|We don’t want wars or conflicts,|]” he said.")]
    [TestCase("He suggested the incursion “[|could have been a mistake.|]”")]
    [TestCase("The footage captured the officers being told, “[|We will show you whatever you are interested in.|]”")]
    [TestCase("“[|But it wasn’t.|]”")]
    [TestCase("Zapad, meaning “[|west|]” in Russian, is the exercise.")]
    [TestCase("“[|We will show you nothing beyond the program. There is no need to go there or talk to people,|]” he told them.")]
    [TestCase("The drills were “[|very aggressive|]” and the border closed.")]
    [TestCase("Lukashenko watched as Khrenin greeted the officers: “[|You can go there and see.|]”")]
    [TestCase("Lukashenko looked on while Khrenin welcomed them, telling them they could “[|see whatever you want|]”.")]
    [TestCase("Sept 12 — NATO announces Eastern Sentry. Tusk answers Trump: \"[|We would also wish that the drone attack on Poland was a mistake. But it wasn't.|]\"")]
    public void Names_no_speaker_for_a_pronoun_a_passive_or_no_attribution(string markup) => Verify(markup, "-");

    [TestCase("“[|We would also wish it was a mistake,|]” {|speaker:Tusk|} said, and {|speaker:Sikorski|} added: “[|No, it wasn’t.|]”", "tusk sikorski")]
    [TestCase("“[|We would also wish it was a mistake,|]” {|speaker:Tusk|} said. “[|But it wasn’t.|]”", "tusk -")]
    [TestCase("“[|He told me ‘we will show you everything’ and left,|]” {|speaker:Khrenin|} said.", "khrenin")]
    [TestCase("“First paragraph of a long quote, left open.\n“[|The second paragraph closes it,|]” {|speaker:Khrenin|} said.", "khrenin")]
    [TestCase("“An unclosed quote.\nA new paragraph with no quote at all.", "")]
    [TestCase("{|speaker:Tusk|} called the drills \"[|very aggressive|]\" on Tuesday.", "tusk")]
    public void Pairs_each_opening_mark_with_its_closing_mark_in_the_paragraph(string markup, string speakers) => Verify(markup, speakers);

    [Test]
    public void A_quote_over_two_sentences_records_both()
    {
        var text = "The officers were told, “We will show you whatever you are interested in. You can go, look around, talk to people.” For the day, the lines thawed.";
        var quote = ClaimsFixture.Read(text).Quotes.ShouldHaveSingleItem();
        quote.Sentence.ShouldBe(0);
        quote.LastSentence.ShouldBe(1);
        text[quote.Span.Start..quote.Span.End].ShouldBe("We will show you whatever you are interested in. You can go, look around, talk to people.");
    }

    private static void Verify(string markup, string speakers)
    {
        var expected = Markup.Parse(markup);
        var quotes = ClaimsFixture.Read(expected.Text).Quotes;
        var render = Markup.Render(expected.Text, quotes.Select(q => (q.Span, "quote")).Concat(
            quotes.Where(q => q.SpeakerSpan is not null).Select(q => (q.SpeakerSpan!.Value, "speaker"))));
        quotes.Select(q => q.Span).ShouldBe(expected.Spans.Where(s => s.RuleId is null).Select(s => s.Span), $"read: {render}");
        quotes.Where(q => q.SpeakerSpan is not null).Select(q => q.SpeakerSpan!.Value)
            .ShouldBe(expected.Spans.Where(s => s.RuleId == "speaker").Select(s => s.Span), $"read: {render}");
        quotes.Select(q => q.SpeakerEntityId ?? "-").ShouldBe(speakers.Split(' ', StringSplitOptions.RemoveEmptyEntries), $"read: {render}");
    }
}
