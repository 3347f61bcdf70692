using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025;

/// <summary>Who did what, and where things went, in the story model (story file, sections 4–5).</summary>
public static class ZapadRoles
{
    /// <summary>The 52 prisoners freed on 11 September were taken to Lithuania.</summary>
    public static readonly RoleFact PrisonersTakenToLithuania = new(
        "The prisoners freed on 11 September were taken to Lithuania",
        [Cue.Any("prisoners", "detainees", "inmates", "captives"), Cue.Any("freed", "released", "taken", "brought", "driven", "transferred", "bused", "bussed", "deported", "expelled", "escorted", "handed")],
        Cue.Any("to", "into"),
        ["country"],
        ["lithuania"]);

    /// <summary>The order closing Poland's crossings with Belarus was signed by Interior Minister Marcin Kierwiński.</summary>
    public static readonly RoleFact BorderOrderSigner = new(
        "The order closing the crossings was signed by Interior Minister Marcin Kierwiński",
        [Cue.Any("signed", "signing", "issued", "ordinance", "regulation", "decree", "order")],
        Cue.Any("by"),
        ["person"],
        ["kierwinski"])
    {
        Context = [Cue.Any("border", "borders", "crossings", "crossing", "closure", "closed", "close", "frontier")],
        Title = (Cue.Any("minister"), Cue.Any("interior")),
    };

    /// <summary>Prime Minister Donald Tusk announced on 9 September that the crossings with Belarus would close.</summary>
    public static readonly RoleFact ClosureAnnouncer = new(
        "The closure of the crossings was announced by Prime Minister Donald Tusk",
        [Cue.Any("announced", "declared", "unveiled")],
        Cue.Any("by"),
        ["person"],
        ["tusk"])
    {
        Context = [Cue.Any("border", "borders", "crossings", "crossing", "closure", "closed", "close", "frontier")],
        Title = (Cue.Any("minister", "premier"), Cue.Any("prime", "premier")),
        CueBefore = 5,
    };
}
