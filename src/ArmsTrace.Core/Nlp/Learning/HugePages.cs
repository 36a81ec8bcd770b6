using System.Runtime.InteropServices;

namespace ArmsTrace.Core.Nlp.Learning;

/// <summary>Linux's advice that a range of memory be backed by transparent huge pages.</summary>
internal static partial class HugePages
{
    /// <summary>MADV_HUGEPAGE in Linux's mman.h.</summary>
    private const int AdviseHugePage = 14;

    /// <summary>
    /// Best effort: where huge pages are switched off, or the kernel is too old to know the advice,
    /// the range stays in small pages and only lookups get slower, so a refusal is not an error.
    /// </summary>
    public static void Advise(nint start, nuint length)
    {
        if (OperatingSystem.IsLinux())
        {
            _ = MAdvise(start, length, AdviseHugePage);
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int MAdvise(nint address, nuint length, int advice);
}
