using System.CommandLine;
using Consistency.Reporting;
using Consistency.Rules;

namespace Consistency.Cli;

/// <summary>The arguments and options of <c>consistency check</c>, and how they become <see cref="CheckOptions"/>.</summary>
internal sealed class CheckCommandLine
{
    private static readonly string[] SeverityWords = ["error", "warning", "info", "suggestion", "hidden", "silent"];

    private readonly Argument<string[]> _paths = new("paths")
    {
        Description = "Article files, folders (searched recursively for .txt and .md) or quoted globs such as 'seeds/**/*.txt'",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string> _format = new("--format", "-f")
    {
        Description = "Report format: text, json, sarif, markdown, github or html",
        DefaultValueFactory = _ => ReportFormats.Text,
    };

    private readonly Option<string?> _output = new("--output", "-o") { Description = "Write the report to this file instead of standard output" };

    private readonly Option<string> _minSeverity = new("--min-severity")
    {
        Description = "Leave out findings below this severity: error, warning, info (suggestion) or hidden (silent)",
        DefaultValueFactory = _ => "info",
    };

    private readonly Option<string[]> _rules = new("--rules")
    {
        Description = "Run only these rules, comma-separated: --rules ZAP001,ZAP002",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<bool> _noColor = new("--no-color") { Description = "Never colour the text report (also when NO_COLOR is set or output is redirected)" };

    private readonly Option<string?> _config = new("--config") { Description = "An .editorconfig-format file of rule severities, applied after those found beside the articles" };

    private readonly Option<string?> _pack = PackSelection.CreateOption();

    public CheckCommandLine()
    {
        _format.AcceptOnlyFromAmong([.. ReportFormats.Names]);
        _minSeverity.AcceptOnlyFromAmong(SeverityWords);
    }

    public Command CreateCommand() => new("check", "Check articles against the story's rules and report every discrepancy")
    {
        _paths, _format, _output, _minSeverity, _rules, _noColor, _config, _pack,
    };

    public CheckOptions Read(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        // The parser already refused any other word, so this always reads one.
        var minimum = SeverityNames.TryParseConfigWord(parse.GetValue(_minSeverity)!, out var word) ? word : null;
        var rules = (parse.GetValue(_rules) ?? [])
            // Empty entries are kept: --rules "" or "ZAP001,,ZAP002" is a usage error, not "run every rule".
            .SelectMany(r => r.Split(',', StringSplitOptions.TrimEntries))
            .ToArray();
        return new CheckOptions(
            parse.GetValue(_paths) ?? [],
            parse.GetValue(_format)!,
            parse.GetValue(_output),
            minimum ?? Severity.Info,
            rules,
            parse.GetValue(_noColor),
            parse.GetValue(_config),
            parse.GetValue(_pack));
    }
}
