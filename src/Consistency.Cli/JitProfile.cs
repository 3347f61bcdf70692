using System.Runtime;
using System.Runtime.CompilerServices;

namespace Consistency.Cli;

/// <summary>
/// .NET's multicore JIT for <c>check</c>: each run records which methods it compiled, and the next
/// run compiles them on a background thread ahead of need instead of one at a time as the analysis
/// reaches them. The command line compiles every engine method fully optimised on first call
/// (no tiering, see the project file), about a quarter of a 10k-article run's CPU; ahead-of-need
/// compilation on the idle core takes 10k 625 → 583 ms and one file 257 → 183 ms (medians, timed
/// in turns; bench/README.md).
/// </summary>
/// <remarks>
/// The profile is a cache, nothing more: output never depends on it (tests compare runs without
/// one, with one, and with a damaged one), a profile from another build is ignored by the runtime,
/// and a folder that cannot be written to only means no profile. It lives in the user's cache folder
/// (<c>$XDG_CACHE_HOME/consistency</c>, else <c>~/.cache/consistency</c>; the local application
/// data folder on Windows), or in <c>CONSISTENCY_JIT_PROFILE_DIR</c>; <c>CONSISTENCY_JIT_PROFILE=0</c>
/// turns it off.
/// </remarks>
internal static class JitProfile
{
    private const string FileName = "check.jitprofile";

    /// <summary>
    /// Whether this run replays an earlier run's profile: then the runtime's background compilation
    /// does what <see cref="Analysis.Analyzer.StartWarmUp"/> would, and the warm-up is skipped (with a
    /// profile, one file 318 → 271 ms, 1k 353 → 337 ms, 10k unchanged; medians of ten).
    /// </summary>
    public static bool IsReplaying { get; private set; }

    /// <summary>Starts recording (and replaying the last run's profile) for a <c>check</c> run; anything else is left alone.</summary>
    public static void StartFor(IReadOnlyList<string> args)
    {
        // A Native AOT build compiles nothing at run time: no profile to record, no cache folder to make.
        if (!RuntimeFeature.IsDynamicCodeCompiled
            || args.Count == 0 || args[0] != "check" || Environment.GetEnvironmentVariable("CONSISTENCY_JIT_PROFILE") == "0")
        {
            return;
        }

        try
        {
            var folder = Folder();
            if (folder is null)
            {
                return;
            }

            Directory.CreateDirectory(folder);
            var replaying = File.Exists(Path.Combine(folder, FileName));
            ProfileOptimization.SetProfileRoot(folder);
            ProfileOptimization.StartProfile(FileName);
            IsReplaying = replaying;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // No cache folder: the run compiles as it goes, as it would the first time.
        }
    }

    private static string? Folder()
    {
        if (Environment.GetEnvironmentVariable("CONSISTENCY_JIT_PROFILE_DIR") is { Length: > 0 } chosen)
        {
            return chosen;
        }

        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "consistency");
        }

        var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (string.IsNullOrEmpty(cache))
        {
            var home = Environment.GetEnvironmentVariable("HOME");
            cache = string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".cache");
        }

        return cache is null ? null : Path.Combine(cache, "consistency");
    }
}
