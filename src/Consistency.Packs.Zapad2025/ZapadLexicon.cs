using Consistency.Claims;

namespace Consistency.Packs.Zapad2025;

/// <summary>The entities of the story under every name outlets use for them.</summary>
public static class ZapadLexicon
{
    public static Lexicon Create() => new([StoryFacts.Series], Entities);

    private static readonly Entity[] Entities =
    [
        new("united-states", "country", ["United States", "U.S.", "US", "USA", "U.S.A.", "America", "American", "Americans", "Washington"]),
        new("turkey", "country", ["Turkey", "Türkiye", "Turkiye", "Turkish"]),
        new("hungary", "country", ["Hungary", "Hungarian"]),
        new("germany", "country", ["Germany", "German", "Berlin"]),
        new("france", "country", ["France", "French"]),
        new("united-kingdom", "country", ["Britain", "United Kingdom", "U.K.", "UK", "British"]),
        new("russia", "country", ["Russia", "Russian", "Russians", "Moscow", "Kremlin", "Russian Federation"]),
        new("belarus", "country", ["Belarus", "Belarusian", "Belarusians", "Byelorussia"]),
        new("lithuania", "country", ["Lithuania", "Lithuanian", "Vilnius"]),
        new("poland", "country", ["Poland", "Polish", "Warsaw"]),
        new("romania", "country", ["Romania", "Romanian"]),
        new("ukraine", "country", ["Ukraine", "Ukrainian", "Kyiv"]),
        new("nato", "organization", ["NATO", "North Atlantic Treaty Organization"]),
        new("belta", "organization", ["BelTA", "Belarusian state media", "state media", "Belarusian state news agency"]),
        new("minsk", "place", ["Minsk"]),
        new("borisovsky", "place", ["Borisovsky", "Borisov", "Barysaw", "Barysaŭ", "Barysau", "Borisovsky training ground", "Barysaw base"]),
        new("mulino", "place", ["Mulino"]),
        new("putin", "person", ["Vladimir Putin", "Putin"]),
        new("khrenin", "person", ["Viktor Khrenin", "Khrenin"]),
        new("lukashenko", "person", ["Alexander Lukashenko", "Aleksandr Lukashenko", "Alyaksandr Lukashenka", "Lukashenko", "Lukashenka"]),
        new("trump", "person", ["Donald Trump", "Donald J. Trump", "Trump"]),
        new("biden", "person", ["Joe Biden", "Biden"]),
        new("coale", "person", ["John Coale", "Coale"]),
        new("tusk", "person", ["Donald Tusk", "Tusk"]),
        new("sikorski", "person", ["Radosław Sikorski", "Radoslaw Sikorski", "Sikorski"]),
        new("kierwinski", "person", ["Marcin Kierwiński", "Marcin Kierwinski", "Kierwiński", "Kierwinski"]),
        new("zakharova", "person", ["Maria Zakharova", "Zakharova"]),
        new("revenko", "person", ["Valery Revenko", "Revenko"]),
        new("muraveiko", "person", ["Pavel Muraveiko", "Muraveiko"]),
        new("breuer", "person", ["Carsten Breuer", "Breuer"]),
        new("interfax", "organization", ["Interfax"]),
        new("tass", "organization", ["TASS"]),
    ];
}
