using Consistency.Text;

namespace Consistency.Core.Tests.Text;

/// <summary>What one token is: typography varies by outlet, and no offset may ever move.</summary>
public sealed class TokenizerTests
{
    private static (TokenKind Kind, string Text)[] Tokens(string text) =>
        Tokenizer.Tokenize(text).Select(t => (t.Kind, text.Substring(t.Start, t.Length))).ToArray();

    [TestCase("200,000 troops", "200,000")]
    [TestCase("200\u00A0000 troops", "200\u00A0000")]
    [TestCase("200\u2009000 troops", "200\u2009000")]
    [TestCase("200\u202F000 troops", "200\u202F000")]
    [TestCase("6.5 million", "6.5")]
    [TestCase("2\u00AD3 countries", "2\u00AD3")]
    [TestCase("2\u200B3 countries", "2\u200B3")]
    public void A_number_with_separators_or_invisible_characters_is_one_token(string text, string number)
    {
        var first = Tokens(text)[0];
        first.ShouldBe((TokenKind.Number, number));
    }

    [Test]
    public void A_digit_group_space_only_joins_groups_of_three()
    {
        Tokens("In 2025 000 troops")[1].ShouldBe((TokenKind.Number, "2025"));
        Tokens("2,0001 marks")[0].ShouldBe((TokenKind.Number, "2"));
    }

    [Test]
    public void A_number_followed_by_a_no_break_space_and_a_word_stays_apart_from_the_word()
    {
        Tokens("23\u00A0countries").ShouldBe([(TokenKind.Number, "23"), (TokenKind.Word, "countries")]);
    }

    [Test]
    public void Words_read_by_the_ASCII_fast_path_and_by_the_general_reader_alike()
    {
        // Plain ASCII words take a loop of their own; words that go on past it (apostrophes,
        // invisible characters, non-ASCII letters, acronyms) are read by the general reader.
        const string text = "The U.S. didn't say Zapad’s Türkiye Lukash\u00ADenko a.m. I. Zapad2025 x";
        var tokens = Tokenizer.Tokenize(text);
        tokens.Select(t => text.Substring(t.Start, t.Length)).ShouldBe(
            ["The", "U.S.", "didn't", "say", "Zapad’s", "Türkiye", "Lukash\u00ADenko", "a.m.", "I", ".", "Zapad", "2025", "x"]);
        tokens.Select(t => t.Has(TokenFlags.Capitalized)).ShouldBe([true, true, false, false, true, true, true, false, true, false, true, false, false]);
        foreach (var token in tokens.Where(t => t.IsWord))
        {
            var word = text.Substring(token.Start, token.Length).Replace("\u00AD", "", StringComparison.Ordinal);
            token.WordId.ShouldBe(Vocabulary.Current.Find(word), word);
        }
    }

    [TestCase("U.S.")]
    [TestCase("U.K.")]
    [TestCase("e.g.")]
    public void Dotted_acronyms_are_one_word(string acronym)
    {
        Tokens($"the {acronym} team")[1].ShouldBe((TokenKind.Word, acronym));
    }

    [Test]
    public void Curly_and_straight_quotes_open_and_close_by_position()
    {
        Tokens("\u201CYes,\u201D he said").Select(t => t.Kind).ShouldBe(
            [TokenKind.OpenQuote, TokenKind.Word, TokenKind.Punctuation, TokenKind.CloseQuote, TokenKind.Word, TokenKind.Word]);
        Tokens("\"Yes\" he said").Select(t => t.Kind).Take(3).ShouldBe([TokenKind.OpenQuote, TokenKind.Word, TokenKind.CloseQuote]);
    }

    [Test]
    public void Curly_apostrophes_stay_inside_words()
    {
        Tokens("Belarus\u2019s army")[0].ShouldBe((TokenKind.Word, "Belarus\u2019s"));
    }

    [Test]
    public void Hyphens_join_compounds_and_spaced_or_long_dashes_are_dashes()
    {
        Tokens("twenty-three").Select(t => t.Kind).ShouldBe([TokenKind.Word, TokenKind.Hyphen, TokenKind.Word]);
        Tokens("drills \u2014 and more")[1].ShouldBe((TokenKind.Dash, "\u2014"));
        Tokens("drills \u2013 and more")[1].ShouldBe((TokenKind.Dash, "\u2013"));
        Tokens("drills - and more")[1].ShouldBe((TokenKind.Dash, "-"));
    }

    [Test]
    public void A_soft_hyphen_inside_a_word_is_kept_and_flagged_as_ignorable()
    {
        var tokens = Tokenizer.Tokenize("Lukash\u00ADenko");
        tokens.Length.ShouldBe(1);
        tokens[0].Has(TokenFlags.HasIgnorable).ShouldBeTrue();
    }

    [Test]
    public void Characters_outside_the_basic_plane_are_one_token_and_never_split_a_surrogate_pair()
    {
        var text = "Troops \U0001F1E7\U0001F1FE arrived";
        foreach (var token in Tokenizer.Tokenize(text))
        {
            char.IsLowSurrogate(text[token.Start]).ShouldBeFalse();
            char.IsHighSurrogate(text[token.End - 1]).ShouldBeFalse();
        }
    }

    [Test]
    public void Tokens_never_overlap_and_stay_inside_the_text()
    {
        var text = "\uFEFF\u200B\r\n \u00A0\"\u201C1,2\u2009\u00AD3\uD800x\uDC00\u2028";
        var end = 0;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            token.Start.ShouldBeGreaterThanOrEqualTo(end);
            token.Length.ShouldBeGreaterThan(0);
            token.End.ShouldBeLessThanOrEqualTo(text.Length);
            end = token.End;
        }
    }
}
