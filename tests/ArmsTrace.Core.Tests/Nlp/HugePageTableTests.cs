using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ArmsTrace.Core.Nlp.Learning;

namespace ArmsTrace.Core.Tests.Nlp;

public sealed class HugePageTableTests
{
    private const int HugePage = 2 * 1024 * 1024;

    [Fact]
    public void New_LargerThanAHugePage_StartsOnAHugePageZeroed()
    {
        var table = new HugePageTable<long>(3 * HugePage / sizeof(long));
        var address = (long)Unsafe.ByteOffset(ref Unsafe.NullRef<long>(), ref MemoryMarshal.GetReference(table.Span));

        if (OperatingSystem.IsLinux())
        {
            Assert.Equal(0, address % HugePage);
        }

        Assert.Equal(3 * HugePage / sizeof(long), table.Length);
        Assert.Equal(table.Length, table.Span.Length);
        Assert.DoesNotContain(table.Span.ToArray(), v => v != 0);
    }

    [Fact]
    public void New_SmallOrEmpty_IsAPlainZeroedTable()
    {
        Assert.Equal(0, new HugePageTable<int>(0).Span.Length);
        Assert.Equal(new int[5], new HugePageTable<int>(5).Span.ToArray());
    }
}
