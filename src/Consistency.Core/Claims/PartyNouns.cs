using Consistency.Text;

namespace Consistency.Claims;

/// <summary>
/// Nouns that name a party able to give a figure or a statement without naming it ("according to
/// the head of state", "Intelligence: up to 30,000 troops"). A word after "according to" or before
/// a headline's colon speaks for someone only when it is one of these: "according to plan" and
/// "Analysis:" attribute nothing.
/// </summary>
internal static class PartyNouns
{
    public static readonly WordSet Words = new(
    [
        "intelligence", "ministry", "minister", "ministers", "official", "officials", "department", "president", "government",
        "authorities", "military", "army", "command", "commander", "commanders", "spokesman", "spokeswoman", "spokesperson",
        "agency", "head", "chief", "envoy", "general", "analysts", "experts", "estimates", "sources", "diplomats",
        "organisers", "organizers", "staff", "embassy", "kremlin", "pentagon", "police",
    ]);
}
