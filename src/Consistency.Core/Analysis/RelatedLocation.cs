using Consistency.Text;
using Microsoft.CodeAnalysis.Text;

namespace Consistency.Analysis;

/// <summary>
/// Another place a finding concerns (SARIF's <c>relatedLocations</c>): for a finding across
/// sources, the words of another article it disagrees with, and what they say.
/// </summary>
public sealed record RelatedLocation(string Path, TextSpan Span, LineSpan Location, string Message);
