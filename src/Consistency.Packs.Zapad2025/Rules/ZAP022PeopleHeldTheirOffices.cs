using Consistency.Rules;
using Consistency.Rules.Kinds;

namespace Consistency.Packs.Zapad2025.Rules;

/// <summary>The people of the story held the offices the facts give them in September 2025.</summary>
/// <remarks>
/// Viktor Khrenin was Belarus's Defence Minister, Pavel Muraveiko its Chief of General Staff,
/// Valery Revenko an aide to the defence minister; Sikorski was Poland's Foreign Minister,
/// Kierwiński its Interior Minister and Tusk its Prime Minister; Zakharova the Russian Foreign
/// Ministry's spokeswoman; Coale Trump's envoy (<see cref="ZapadOffices"/>). Flags one person given
/// another's office: "[|Interior Minister|] Radosław Sikorski", "Revenko, [|Chief of the General
/// Staff|],". Accepts the right titles in any order or spelling ("Belarus's defence minister,
/// Viktor Khrenin"), titles the model does not know, and former offices ("former president").
/// </remarks>
public sealed class ZAP022PeopleHeldTheirOffices() : OfficeRule(ZapadOffices.All)
{
    public override RuleDescriptor Descriptor { get; } = RuleDescriptor.FromEvidence(
        RuleIds.PeopleHeldTheirOffices,
        "People held the offices the facts give them",
        MessageFormat,
        RuleCategories.People,
        Severity.Error,
        "Viktor Khrenin, Belarusian Defence Minister; Valery Revenko, aide to the defence minister; Pavel Muraveiko, Chief of General Staff; Maria Zakharova, Russian Foreign Ministry spokeswoman; Radosław Sikorski, Polish Foreign Minister; Marcin Kierwiński, Polish Interior Minister; Donald Tusk, Polish Prime Minister; Alexander Lukashenko, President of Belarus (story file, section 6).",
        [Evidence.TassObservers, Evidence.TassBorderClosed, Evidence.PravdaObservers],
        ["Interior Minister Radosław Sikorski", "Revenko, Chief of the General Staff,", "Defence Minister Pavel Muraveiko", "Foreign Minister Marcin Kierwiński"],
        ["Foreign Minister Radosław Sikorski", "Belarus's defence minister, Viktor Khrenin", "Trump's envoy John Coale", "former president Joe Biden", "Chief of General Staff Pavel Muraveiko"]);
}
