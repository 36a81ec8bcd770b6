using Mono.Unix.Native;

namespace ArmsTrace.Cli.Loading;

/// <summary>
/// Tells FIFOs, sockets and devices from regular files before they are opened: opening a FIFO for reading
/// blocks until something writes to it, and a device can be endless.
/// </summary>
/// <remarks>
/// .NET cannot tell: FileAttributes call a FIFO "Normal" and File.GetUnixFileMode masks st_mode down to the
/// permission bits. Mono.Unix's stat() is the simplest robust way to read the type bits, because its small native
/// shim fills <see cref="Stat"/> for each platform, where a hand-written P/Invoke would have to copy the struct layout
/// of every libc and CPU.
/// </remarks>
internal static class SpecialFile
{
    /// <summary>
    /// What the file is ("a FIFO (named pipe)", "a socket"), or null when it is a regular file or cannot be
    /// examined (then opening it reports why). Links are followed.
    /// </summary>
    public static string? Describe(string path)
    {
        // Windows has no FIFOs or device files among ordinary folders, and Mono.Unix does not run there.
        if (OperatingSystem.IsWindows() || Syscall.stat(path, out var status) != 0)
        {
            return null;
        }

        return (status.st_mode & FilePermissions.S_IFMT) switch
        {
            FilePermissions.S_IFREG => null,
            FilePermissions.S_IFIFO => "a FIFO (named pipe)",
            FilePermissions.S_IFSOCK => "a socket",
            FilePermissions.S_IFCHR => "a character device",
            FilePermissions.S_IFBLK => "a block device",
            FilePermissions.S_IFDIR => "a folder",
            _ => "a special file",
        };
    }
}
