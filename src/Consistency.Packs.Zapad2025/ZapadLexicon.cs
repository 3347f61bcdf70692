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
        new("latvia", "country", ["Latvia", "Latvian"]),
        new("estonia", "country", ["Estonia", "Estonian"]),
        new("italy", "country", ["Italy", "Italian"]),
        new("spain", "country", ["Spain", "Spanish"]),
        new("canada", "country", ["Canada", "Canadian"]),
        new("netherlands", "country", ["Netherlands", "Dutch"]),
        new("norway", "country", ["Norway", "Norwegian"]),
        new("denmark", "country", ["Denmark", "Danish"]),
        new("belgium", "country", ["Belgium", "Belgian"]),
        new("czechia", "country", ["Czech Republic", "Czechia", "Czech"]),
        new("slovakia", "country", ["Slovakia", "Slovak"]),
        new("bulgaria", "country", ["Bulgaria", "Bulgarian"]),
        new("greece", "country", ["Greece", "Greek"]),
        new("finland", "country", ["Finland", "Finnish"]),
        new("sweden", "country", ["Sweden", "Swedish"]),
        new("portugal", "country", ["Portugal", "Portuguese"]),
        new("china", "country", ["China", "Chinese"]),
        new("iran", "country", ["Iran", "Iranian"]),
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
        new("vance", "person", ["JD Vance", "J.D. Vance", "Vance"]),
        new("rubio", "person", ["Marco Rubio", "Rubio"]),
        new("witkoff", "person", ["Steve Witkoff", "Witkoff"]),
        new("harris", "person", ["Kamala Harris", "Harris"]),
        new("obama", "person", ["Barack Obama", "Obama"]),
        new("zelensky", "person", ["Volodymyr Zelensky", "Zelensky", "Zelenskyy"]),
        new("interfax", "organization", ["Interfax"]),
        new("tass", "organization", ["TASS"]),
    ];
}
