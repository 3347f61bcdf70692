using Consistency.Reporting;
using Humanizer;

namespace Consistency.Core.Tests.Reporting;

/// <summary>The summary's written-out plurals must say exactly what Humanizer's inflector would.</summary>
public sealed class SummaryWordingTests
{
    [TestCase("article")]
    [TestCase("discrepancy")]
    [TestCase("error")]
    [TestCase("warning")]
    [TestCase("suggestion")]
    [TestCase("hidden")]
    public void Quantities_match_Humanizer(string noun)
    {
        foreach (var count in new[] { 0, 1, 2, 10, 12345 })
        {
            Summary.Quantity(noun, count).ShouldBe(noun.ToQuantity(count, "0", System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
