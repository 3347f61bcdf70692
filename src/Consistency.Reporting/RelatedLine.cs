using System.Globalization;
using Consistency.Analysis;

namespace Consistency.Reporting;

/// <summary>
/// A finding's related location on a line of its own, under the finding's line:
/// <c>    related: path(line,col): message</c>. Indented, so tools that parse compiler lines skip it.
/// </summary>
public static class RelatedLine
{
    public const string Indent = "    related: ";

    public static string Format(RelatedLocation related)
    {
        ArgumentNullException.ThrowIfNull(related);
        return string.Create(CultureInfo.InvariantCulture, $"{Indent}{related.Path}({related.Location.StartLine},{related.Location.StartColumn}): {related.Message}");
    }
}
