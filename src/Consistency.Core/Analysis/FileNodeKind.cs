namespace Consistency.Analysis;

/// <summary>What a path finally names, links followed: only a regular file can be read as an article or a configuration file.</summary>
public enum FileNodeKind
{
    /// <summary>Nothing there, or it cannot be looked at (a broken or looping link, no permission on a folder above).</summary>
    Unknown,

    Regular,

    Directory,

    /// <summary>A named pipe, a device (/dev/zero, /dev/urandom) or a socket: reading one may block forever or never end.</summary>
    Special,
}
