using System.Diagnostics;

namespace Consistency.Cli.Tests;

/// <summary>
/// Names that point at something other than a regular file: a named pipe, a link to /dev/zero or
/// /dev/urandom, a folder, a binary or oversized file. Made by each test at run time, never
/// committed. None may hang the run or fill memory: a configuration file is a configuration error
/// naming it and what it is (exit 2), an article is CON0002 (exit 2) while the good article beside
/// it keeps its finding.
/// </summary>
public sealed class SpecialFileTests
{
    private const string GoodFinding = "good.txt(7,121): error ZAP002";

    [TestCase(".editorconfig")]
    [TestCase("consistency.suppressions.json")]
    public void A_named_pipe_as_a_configuration_file_is_a_configuration_error(string name)
    {
        UnixOnly();
        using var desk = new Desk();
        desk.AddSeed("news/good.txt");
        MakeFifo(Path.Combine(desk.Root, "news", name));

        var run = desk.Check("news");

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInput, run.ToString());
        run.Error.ShouldBe($"consistency: configuration error: news/{name}: is a named pipe (FIFO), not a regular file; configuration is read from regular files only\n");
    }

    [TestCase(".editorconfig", "/dev/zero")]
    [TestCase("consistency.suppressions.json", "/dev/urandom")]
    [TestCase(".editorconfig", "/dev/urandom")]
    public void A_link_to_a_device_as_a_configuration_file_is_a_configuration_error(string name, string device)
    {
        UnixOnly();
        using var desk = new Desk();
        desk.AddSeed("news/good.txt");
        File.CreateSymbolicLink(Path.Combine(desk.Root, "news", name), device);

        var run = desk.Check("news");

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInput, run.ToString());
        run.Error.ShouldContain($"news/{name}: is a character device, not a regular file");
    }

    [Test]
    public void Config_option_naming_dev_zero_is_a_configuration_error()
    {
        UnixOnly();
        var run = Cli.Run("check", "seeds", "--config", "/dev/zero");

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInput, run.ToString());
        run.Error.ShouldContain("/dev/zero: is a character device, not a regular file");
    }

    [Test]
    public void Config_option_naming_a_folder_says_it_is_a_folder()
    {
        var run = Cli.Run("check", "seeds", "--config", "seeds");

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInput, run.ToString());
        run.Error.ShouldBe("consistency: configuration error: seeds: is a folder, not a configuration file\n");
    }

    [Test]
    public void An_editorconfig_over_a_megabyte_is_refused_unread()
    {
        using var desk = new Desk();
        desk.AddSeed("news/good.txt");
        desk.Write("news/.editorconfig", "# padding\n" + new string('#', 1024 * 1024));

        var run = desk.Check("news");

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInput, run.ToString());
        run.Error.ShouldBe("consistency: configuration error: news/.editorconfig: is larger than 1048576 bytes, the most a file of this kind may hold\n");
    }

    [Test]
    public void An_editorconfig_of_more_than_200_sections_is_refused()
    {
        using var desk = new Desk();
        desk.AddSeed("news/good.txt");
        desk.Write("news/.editorconfig", string.Concat(Enumerable.Range(0, 201).Select(i => $"[s{i}/*.txt]\ndotnet_diagnostic.ZAP002.severity = warning\n")));

        var run = desk.Check("news");

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInput, run.ToString());
        run.Error.ShouldBe("consistency: configuration error: news/.editorconfig(401): more than 200 sections; a configuration file may have at most 200\n");
    }

    [Test]
    public void A_binary_editorconfig_is_refused_without_echoing_its_bytes()
    {
        using var desk = new Desk();
        desk.AddSeed("news/good.txt");
        File.WriteAllBytes(Path.Combine(desk.Root, "news", ".editorconfig"), [0x1B, (byte)'[', (byte)'2', (byte)'J', 0x00, 0x07, 0xFF]);

        var run = desk.Check("news");

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInput, run.ToString());
        run.Error.ShouldBe("consistency: configuration error: news/.editorconfig: is not a text file (a NUL byte at byte 4)\n");
    }

    [Test]
    public void Control_characters_of_a_bad_line_are_not_echoed_to_the_terminal()
    {
        using var desk = new Desk();
        desk.AddSeed("news/good.txt");
        desk.Write("news/.editorconfig", "root = true\n\u001B[2Jnonsense\n");

        var run = desk.Check("news");

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInput, run.ToString());
        run.Error.ShouldContain("'?[2Jnonsense' is neither a [section] nor a 'key = value' line");
        run.Error.ShouldNotContain("\u001B");
    }

    [TestCase("pipe")]
    [TestCase("/dev/zero")]
    [TestCase("/dev/urandom")]
    public void A_special_file_named_like_an_article_is_CON0002_and_the_good_article_keeps_its_finding(string kind)
    {
        UnixOnly();
        using var desk = new Desk();
        desk.AddSeed("good.txt");
        var special = Path.Combine(desk.Root, "special.txt");
        if (kind == "pipe")
        {
            MakeFifo(special);
        }
        else
        {
            File.CreateSymbolicLink(special, kind);
        }

        var run = desk.Check(".");

        run.ExitCode.ShouldBe(ExitCodes.UsageOrInput, run.ToString());
        run.Out.ShouldContain(GoodFinding);
        run.Out.ShouldContain("special.txt(1,1): error CON0002: Could not read the article: it is a");
        run.Out.ShouldContain("not a regular file; only regular files are read");
    }

    private static void UnixOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("named pipes and /dev are Unix's");
        }
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        mkfifo.ExitCode.ShouldBe(0);
    }
}
