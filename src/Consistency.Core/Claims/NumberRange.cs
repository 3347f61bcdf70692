namespace Consistency.Claims;

/// <summary>The values a stated number allows: "about 7,000" is a range, "up to 30,000" a bound.</summary>
public readonly record struct NumberRange(decimal Min, decimal Max)
{
    public bool Contains(decimal value) => value >= Min && value <= Max;

    public static NumberRange Exactly(decimal value) => new(value, value);
}
