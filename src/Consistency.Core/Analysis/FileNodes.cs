using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Consistency.Analysis;

/// <summary>
/// Looks paths up without opening them. Opening a named pipe waits for a writer forever, and
/// /dev/zero never ends, so every file is looked at first: on Linux with statx(2), which follows
/// links and tells the kind, size, device and inode in a layout that is the same on every CPU;
/// elsewhere from what .NET says (no special files told apart, identity by final path).
/// </summary>
public static class FileNodes
{
    private const int AtFdCwd = -100;
    private const uint StatxBasicStats = 0x7FF;
    private const int StatxSize = 256;
    private const ushort TypeMask = 0xF000;
    private const int NotPermitted = 1; // EPERM: a sandbox's filter refusing the call itself
    private const int NotImplemented = 38; // ENOSYS: a kernel older than 4.11

    /// <summary>Not Linux, a C library without statx, or a big-endian CPU (the layout is read little-endian): ask .NET instead.</summary>
    private static bool _statxMissing = !OperatingSystem.IsLinux() || !BitConverter.IsLittleEndian;

    /// <summary>What the path finally names, links followed.</summary>
    public static FileNode Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!_statxMissing)
        {
            try
            {
                return Statx(path);
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException or NotSupportedException)
            {
                _statxMissing = true; // an old C library or kernel: fall back for the rest of the run
            }
        }

        return FromDotNet(path);
    }

    /// <summary>Whether two paths name the same file: same device and inode, or (where those are unknown) the same final full path.</summary>
    public static bool AreSameFile(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var (a, b) = (Of(first), Of(second));
        if (a.HasIdentity && b.HasIdentity)
        {
            return a.Device == b.Device && a.Inode == b.Inode;
        }

        return string.Equals(FinalPath(first), FinalPath(second), OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
    }

    private static FileNode Statx(string path)
    {
        var buffer = new byte[StatxSize];
        // The path as the C library takes it: UTF-8, NUL-terminated.
        var name = new byte[System.Text.Encoding.UTF8.GetByteCount(path) + 1];
        System.Text.Encoding.UTF8.GetBytes(path, name);
        if (NativeMethods.statx(AtFdCwd, name, 0, StatxBasicStats, buffer) != 0)
        {
            return Marshal.GetLastPInvokeError() is NotImplemented or NotPermitted
                ? throw new NotSupportedException("statx is not available")
                : new FileNode(FileNodeKind.Unknown, "missing or unreadable", 0, 0, 0);
        }

        var mode = BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(28));
        var inode = BinaryPrimitives.ReadUInt64LittleEndian(buffer.AsSpan(32));
        var size = (long)BinaryPrimitives.ReadUInt64LittleEndian(buffer.AsSpan(40));
        var device = ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(136)) << 32) | BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(140));

        var (kind, description) = (mode & TypeMask) switch
        {
            0x8000 => (FileNodeKind.Regular, "a regular file"),
            0x4000 => (FileNodeKind.Directory, "a folder"),
            0x1000 => (FileNodeKind.Special, "a named pipe (FIFO)"),
            0x2000 => (FileNodeKind.Special, "a character device"),
            0x6000 => (FileNodeKind.Special, "a block device"),
            0xC000 => (FileNodeKind.Special, "a socket"),
            _ => (FileNodeKind.Special, "not a regular file"),
        };
        return new FileNode(kind, description, size, device, inode);
    }

    private static FileNode FromDotNet(string path)
    {
        if (Directory.Exists(path))
        {
            return new FileNode(FileNodeKind.Directory, "a folder", 0, 0, 0);
        }

        try
        {
            var info = new FileInfo(FinalPath(path));
            return info.Exists ? new FileNode(FileNodeKind.Regular, "a regular file", info.Length, 0, 0) : new FileNode(FileNodeKind.Unknown, "missing", 0, 0, 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileNode(FileNodeKind.Unknown, "missing or unreadable", 0, 0, 0);
        }
    }

    /// <summary>The full path with a final link resolved (a link to an input is that input).</summary>
    private static string FinalPath(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            return new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return full;
        }
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        [System.Diagnostics.CodeAnalysis.SuppressMessage("Interoperability", "SYSLIB1054", Justification = "LibraryImport needs unsafe code enabled for the whole assembly; one blittable call does not.")]
        internal static extern int statx(int dirfd, byte[] pathname, int flags, uint mask, [Out] byte[] statxbuf);
    }
}
