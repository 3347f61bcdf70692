using Consistency.Claims;

namespace Consistency.Packs.Zapad2025;

/// <summary>The entities of the story under every name outlets use for them.</summary>
public static class ZapadLexicon
{
    public static Lexicon Create() => new([StoryFacts.Series], Entities, EditionNouns, StoryFacts.CurrentEdition);

    /// <summary>What names an edition of the Zapad series: the engine's general nouns and the words for military exercises.</summary>
    private static readonly string[] EditionNouns =
    [
        .. Lexicon.DefaultEditionNouns,
        "exercise", "exercises", "drill", "drills", "games", "wargames", "maneuvers", "manoeuvres", "maneuver", "manoeuvre",
    ];

    /// <summary>
    /// Who speaks for whom (<see cref="Entity.SpeaksFor"/>): Belarus's state agency, its capital and
    /// its officials speak for Belarus, the foreign ministry's spokeswoman for Russia (Putin counts for
    /// himself, as the troop figures do), so a paragraph between BelTA's report and the ministry's next
    /// word is read as one side's statement.
    /// </summary>
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
        new("romania", "country", ["Romania", "Romanian", "Bucharest"]),
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
        new("belta", "organization", ["BelTA", "Belarusian state media", "state media", "Belarusian state news agency"]) { SpeaksFor = "belarus" },
        new("minsk", "place", ["Minsk"]) { SpeaksFor = "belarus" },
        new("borisovsky", "place", ["Borisovsky", "Borisov", "Barysaw", "Barysaŭ", "Barysau", "Borisovsky training ground", "Borisovsky ground", "Borisovsky range", "Barysaw base"]),
        new("mulino", "place", ["Mulino", "Mulino training ground"]),
        new("nizhny-novgorod", "region", ["Nizhny Novgorod region", "Nizhny Novgorod Oblast", "Nizhny Novgorod"]),
        // Belarus's six regions around Minsk (the city is its own entity above): Borisovsky lies in the Minsk region.
        new("minsk-region", "region", ["Minsk region", "Minsk Oblast", "Minsk Voblast", "Minsk province"]),
        new("brest-region", "region", ["Brest region", "Brest Oblast", "Brest Voblast", "Brest province"]),
        new("grodno-region", "region", ["Grodno region", "Grodno Oblast", "Hrodna region", "Hrodna Voblast", "Grodno province"]),
        new("vitebsk-region", "region", ["Vitebsk region", "Vitebsk Oblast", "Viciebsk region", "Vitsebsk region", "Vitebsk province"]),
        new("gomel-region", "region", ["Gomel region", "Gomel Oblast", "Homel region", "Gomel province"]),
        new("mogilev-region", "region", ["Mogilev region", "Mogilev Oblast", "Mahilyow region", "Mahilioŭ region", "Mogilev province"]),
        new("kaliningrad", "region", ["Kaliningrad region", "Kaliningrad Oblast", "Kaliningrad"]),
        new("pskov", "region", ["Pskov region", "Pskov Oblast", "Pskov"]),
        new("smolensk", "region", ["Smolensk region", "Smolensk Oblast", "Smolensk"]),
        new("leningrad", "region", ["Leningrad region", "Leningrad Oblast"]),
        new("bryansk", "region", ["Bryansk region", "Bryansk Oblast", "Bryansk"]),
        new("moscow-region", "region", ["Moscow region", "Moscow Oblast"]),
        new("kaluga", "region", ["Kaluga region", "Kaluga Oblast", "Kaluga"]),
        new("tver", "region", ["Tver region", "Tver Oblast", "Tver"]),
        new("kursk", "region", ["Kursk region", "Kursk Oblast", "Kursk"]),
        new("belgorod", "region", ["Belgorod region", "Belgorod Oblast", "Belgorod"]),
        new("voronezh", "region", ["Voronezh region", "Voronezh Oblast", "Voronezh"]),
        new("ryazan", "region", ["Ryazan region", "Ryazan Oblast", "Ryazan"]),
        new("vladimir-region", "region", ["Vladimir region", "Vladimir Oblast"]),
        new("yaroslavl", "region", ["Yaroslavl region", "Yaroslavl Oblast", "Yaroslavl"]),
        new("tula", "region", ["Tula region", "Tula Oblast"]),
        new("statkevich", "person", ["Mikalai Statkevich", "Nikolai Statkevich", "Mikola Statkevich", "Statkevich"]),
        new("putin", "person", ["Vladimir Putin", "Putin"]),
        new("khrenin", "person", ["Viktor Khrenin", "Khrenin"]) { SpeaksFor = "belarus" },
        new("lukashenko", "person", ["Alexander Lukashenko", "Aleksandr Lukashenko", "Alyaksandr Lukashenka", "Lukashenko", "Lukashenka"]) { SpeaksFor = "belarus" },
        new("trump", "person", ["Donald Trump", "Donald J. Trump", "Trump"]),
        new("biden", "person", ["Joe Biden", "Biden"]),
        new("coale", "person", ["John Coale", "Coale"]),
        new("kellogg", "person", ["Keith Kellogg", "Kellogg"]),
        new("belavia", "organization", ["Belavia", "Belarusian Airlines", "Belarus's national airline", "the national airline", "the state airline", "the state carrier", "the flag carrier"]),
        new("tsikhanouski", "person", ["Siarhei Tsikhanouski", "Sergei Tikhanovsky", "Tsikhanouski", "Tikhanovsky"]),
        new("tusk", "person", ["Donald Tusk", "Tusk"]),
        new("sikorski", "person", ["Radosław Sikorski", "Radoslaw Sikorski", "Sikorski"]),
        new("kierwinski", "person", ["Marcin Kierwiński", "Marcin Kierwinski", "Kierwiński", "Kierwinski"]),
        new("zakharova", "person", ["Maria Zakharova", "Zakharova"]) { SpeaksFor = "russia" },
        new("peskov", "person", ["Dmitry Peskov", "Dmitri Peskov", "Peskov"]) { SpeaksFor = "russia" },
        new("revenko", "person", ["Valery Revenko", "Revenko"]) { SpeaksFor = "belarus" },
        new("muraveiko", "person", ["Pavel Muraveiko", "Muraveiko"]) { SpeaksFor = "belarus" },
        new("breuer", "person", ["Carsten Breuer", "Breuer"]),
        new("vance", "person", ["JD Vance", "J.D. Vance", "Vance"]),
        new("rubio", "person", ["Marco Rubio", "Rubio"]),
        new("witkoff", "person", ["Steve Witkoff", "Witkoff"]),
        new("harris", "person", ["Kamala Harris", "Harris"]),
        new("obama", "person", ["Barack Obama", "Obama"]),
        new("zelensky", "person", ["Volodymyr Zelensky", "Zelensky", "Zelenskyy"]),
        new("interfax", "organization", ["Interfax"]),
        new("tass", "organization", ["TASS"]),
        new("reuters", "organization", ["Reuters"]),
        new("moscow-times", "organization", ["The Moscow Times", "Moscow Times"]),
    ];
}
