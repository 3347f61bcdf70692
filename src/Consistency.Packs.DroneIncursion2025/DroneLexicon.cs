using Consistency.Claims;

namespace Consistency.Packs.DroneIncursion2025;

/// <summary>The entities of the story under the names outlets use for them. The story follows no recurring series.</summary>
public static class DroneLexicon
{
    /// <summary>The year the story happens in: a date written without one ("Sept. 10") is in 2025.</summary>
    public const int StoryYear = 2025;

    public static Lexicon Create() => new([], Entities, storyYear: StoryYear);

    private static readonly Entity[] Entities =
    [
        new("poland", "country", ["Poland", "Polish", "Warsaw", "Poles"]),
        new("russia", "country", ["Russia", "Russian", "Russians", "Moscow", "Kremlin"]),
        new("belarus", "country", ["Belarus", "Belarusian", "Minsk"]),
        new("ukraine", "country", ["Ukraine", "Ukrainian", "Kyiv"]),
        new("germany", "country", ["Germany", "German", "Berlin", "Bundeswehr"]),
        new("france", "country", ["France", "French", "Paris"]),
        new("denmark", "country", ["Denmark", "Danish", "Copenhagen"]),
        new("united-kingdom", "country", ["Britain", "United Kingdom", "U.K.", "UK", "British"]),
        new("netherlands", "country", ["Netherlands", "Dutch"]),
        new("italy", "country", ["Italy", "Italian"]),
        new("romania", "country", ["Romania", "Romanian"]),
        new("united-states", "country", ["United States", "U.S.", "US", "USA", "America", "American", "Washington"]),
        new("nato", "organization", ["NATO", "the alliance", "North Atlantic Treaty Organization"]),
        new("wyryki", "place", ["Wyryki", "Wyryki-Wola", "Vyriki", "Wiryki"]),
        new("lublin-province", "region", ["Lublin province", "Lublin Voivodeship", "Lublin region", "Lubelskie", "Lubelskie Voivodeship", "Lublin Province"]),
        new("podlaskie", "region", ["Podlaskie", "Podlaskie Voivodeship", "Podlasie"]),
        new("podkarpackie", "region", ["Podkarpackie", "Subcarpathian Voivodeship", "Subcarpathia", "Podkarpackie Voivodeship"]),
        new("masovia", "region", ["Masovian Voivodeship", "Mazowieckie", "Masovia", "Mazovia"]),
        new("lodz-province", "region", ["Lodz province", "Łódź province", "Lodzkie", "Łódzkie"]),
        new("tusk", "person", ["Donald Tusk", "Tusk"]),
        new("rutte", "person", ["Mark Rutte", "Rutte"]),
        new("grynkewich", "person", ["Alexus Grynkewich", "Alexus G. Grynkewich", "Grynkewich"]),
        new("kosiniak-kamysz", "person", ["Władysław Kosiniak-Kamysz", "Wladyslaw Kosiniak-Kamysz", "Kosiniak-Kamysz"]),
        new("sikorski", "person", ["Radosław Sikorski", "Radoslaw Sikorski", "Sikorski"]),
        new("nawrocki", "person", ["Karol Nawrocki", "Nawrocki"]),
        new("zelensky", "person", ["Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelensky", "Zelenskyy"]),
        new("trump", "person", ["Donald Trump", "Trump"]),
        new("putin", "person", ["Vladimir Putin", "Putin"]),
    ];
}
