namespace Consistency.Core.Tests.Support;

/// <summary>A fresh folder under the system temp folder, removed (links, FIFOs and all) when disposed.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("consistency-tests-").FullName;
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, byte[] bytes)
    {
        var file = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        System.IO.File.WriteAllBytes(file, bytes);
        return file;
    }

    public string Write(string name, string text) => Write(name, System.Text.Encoding.UTF8.GetBytes(text));

    public void Dispose()
    {
        RestoreAccess(new DirectoryInfo(Path));
        Directory.Delete(Path, recursive: true);
    }

    /// <summary>Tests may lock entries (chmod 000); give them back so the folder can be deleted.</summary>
    private static void RestoreAccess(DirectoryInfo folder)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        foreach (var entry in folder.EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = false }))
        {
            entry.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        }
    }
}
