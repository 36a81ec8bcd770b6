using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ArmsTrace.Core.Nlp.Learning;

/// <summary>
/// A zeroed, pinned array whose body starts on a 2 MB boundary and that Linux is asked to back with
/// transparent huge pages. A model's lookups land anywhere in tens of megabytes: with 4 KB pages nearly
/// every one also misses the TLB, and in a virtual machine the page walk that follows (through the
/// guest's and the host's tables) costs as much as the cache miss itself. 2 MB pages cover the whole
/// table with a few dozen TLB entries. Where huge pages are off or unknown this is a plain pinned array.
/// </summary>
internal sealed unsafe class HugePageTable<T>
    where T : unmanaged
{
    private const int HugePage = 2 * 1024 * 1024;

    private readonly T[] _array;
    private readonly int _first;

    public HugePageTable(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Length = length;
        var bytes = (long)length * sizeof(T);
        if (bytes < HugePage || !OperatingSystem.IsLinux())
        {
            _array = GC.AllocateArray<T>(length, pinned: true);
            return;
        }

        // A large array comes from pages the runtime has just mapped, zero and not yet touched, so the
        // advice holds for every page the table faults in; clearing them here would fault them all as small pages first.
        _array = GC.AllocateArray<T>(length + (HugePage / sizeof(T)) + 1, pinned: true);
        var start = (nuint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_array));
        var aligned = (start + HugePage - 1) & ~(nuint)(HugePage - 1);
        _first = (int)((aligned - start + (nuint)sizeof(T) - 1) / (nuint)sizeof(T));
        var end = start + (nuint)((_first + (long)length) * sizeof(T));
        HugePages.Advise((nint)aligned, end - aligned);
    }

    public int Length { get; }

    public Span<T> Span => _array.AsSpan(_first, Length);

    /// <summary>The first element; valid as long as this table lives, since the array is pinned.</summary>
    public T* Pointer => (T*)Unsafe.AsPointer(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_array), _first));
}
