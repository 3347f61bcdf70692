using System.Security.Cryptography;
using System.Text;

namespace Consistency.Reporting.Html;

/// <summary>
/// The page's own style sheet and script (embedded from report.css and report.js), and the
/// Content-Security-Policy that allows exactly those two and nothing else: no other script or
/// style, no image, font, frame or connection, no form target, no base URL. Inline code is
/// allowed by its SHA-256 hash, so even markup that escaped escaping could not run.
/// </summary>
internal static class ReportAssets
{
    public static string Style { get; } = Load("report.css");

    public static string Script { get; } = Load("report.js");

    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src '{Hash(Style)}'; script-src '{Hash(Script)}'; base-uri 'none'; form-action 'none'";

    private static string Load(string name)
    {
        using var stream = typeof(ReportAssets).Assembly.GetManifestResourceStream($"Consistency.Reporting.Html.{name}")
            ?? throw new InvalidOperationException($"the report asset {name} is not embedded in {typeof(ReportAssets).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        // LF whatever the checkout did, so the hash and the page's bytes are the same on every machine.
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    /// <summary>The CSP source for an inline block: its exact text's SHA-256, in base64.</summary>
    private static string Hash(string inline) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline)));
}
