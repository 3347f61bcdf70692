namespace Consistency.Analysis;

/// <summary>
/// A file as the file system knows it, links followed: its kind, its size and its identity (device
/// and inode), so that two paths naming the same file (<c>a.txt</c>, <c>./s/../a.txt</c>, a link to
/// it, a hard link) are told to be one. <see cref="Description"/> names a special file's kind for a message.
/// </summary>
/// <param name="Kind">Regular file, folder, special file, or unknown.</param>
/// <param name="Description">"a named pipe (FIFO)", "a character device"…: what the path is, for messages.</param>
/// <param name="Size">The length in bytes (meaningful for a regular file).</param>
/// <param name="Device">The device the file lives on (0 where the system does not say).</param>
/// <param name="Inode">The file's number on its device (0 where the system does not say).</param>
public readonly record struct FileNode(FileNodeKind Kind, string Description, long Size, ulong Device, ulong Inode)
{
    /// <summary>Whether device and inode are known: then they, not paths, say whether two files are one.</summary>
    public bool HasIdentity => Inode != 0;
}
