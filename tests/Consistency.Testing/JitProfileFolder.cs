namespace Consistency.Testing;

/// <summary>
/// Where command lines started by the tests keep their multicore JIT profile: a temporary folder of the test
/// run, never the user's cache (<c>~/.cache/consistency</c>). Set as an environment variable of the test
/// process, so every child process inherits it; a test that wants another folder passes its own.
/// </summary>
public static class JitProfileFolder
{
    public const string Variable = "CONSISTENCY_JIT_PROFILE_DIR";

    private static string? _folder;

    /// <summary>The run's folder, made by <see cref="Redirect"/>.</summary>
    public static string Folder => _folder ?? throw new InvalidOperationException("JitProfileFolder.Redirect was not called");

    public static void Redirect()
    {
        _folder = Directory.CreateTempSubdirectory("consistency-test-jitprofile-").FullName;
        Environment.SetEnvironmentVariable(Variable, _folder);
    }

    public static void Remove()
    {
        if (_folder is not null && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
