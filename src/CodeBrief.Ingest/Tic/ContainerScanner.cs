using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CodeBrief.Ingest.Tic;

/// <summary>Where a scan for the end of a JSON container stands between two blocks of input.</summary>
internal struct ContainerScanState
{
    /// <summary>Open brackets not yet closed; the container ends when this reaches 0.</summary>
    public int Depth;

    /// <summary>Inside a string: brackets here do not count.</summary>
    public bool InString;

    /// <summary>The last byte was a backslash inside a string, so the next byte is escaped.</summary>
    public bool Escaped;
}

/// <summary>
/// Finds the closing bracket of a JSON object or array without tokenising what is inside: the skip path for the items a
/// code filter drops, which is most of a large file.
/// </summary>
/// <remarks>
/// Works 64 bytes at a time, the way simdjson's first stage does: one bit mask per byte class (quote, backslash, open and
/// close brackets); the in-string mask is the running XOR of the quote mask, so brackets inside strings drop out with
/// no branch per byte. A block with a backslash (rare in these files) is walked byte by byte, which handles escapes.
/// Only bracket balance and string boundaries are checked, not full JSON grammar.
/// </remarks>
internal static class ContainerScanner
{
    private const int Block = 64;

    /// <summary>The index in <paramref name="data"/> of the byte that closes the container, or -1 when the data ends first
    /// (<paramref name="state"/> then carries over to the next block).</summary>
    /// <remarks>Compiled fully optimised on first call: a filtered read is over in a second or two, and it spent a fifth
    /// of its scanning in the unoptimised first tier (the block masks as calls, not inlined) before tiering caught up.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int FindClose(ReadOnlySpan<byte> data, ref ContainerScanState state)
    {
        var i = 0;
        ref var start = ref MemoryMarshal.GetReference(data);
        for (; i + Block <= data.Length; i += Block)
        {
            var masks = Classify(ref start, i);
            if (state.Escaped || masks.Backslashes != 0)
            {
                var end = FindCloseByteByByte(data.Slice(i, Block), ref state);
                if (end >= 0) return i + end;
                continue;
            }
            var inString = PrefixXor(masks.Quotes);
            if (state.InString) inString = ~inString;
            state.InString = (long)inString < 0; // bit 63: still inside a string after this block
            var opens = masks.Opens & ~inString;
            var closes = masks.Closes & ~inString;
            var closeCount = BitOperations.PopCount(closes);
            if (state.Depth > closeCount)
            {
                // Fewer closes than open brackets: the container cannot end in this block.
                state.Depth += BitOperations.PopCount(opens) - closeCount;
                continue;
            }
            for (var brackets = opens | closes; brackets != 0; brackets &= brackets - 1)
            {
                var bit = BitOperations.TrailingZeroCount(brackets);
                if ((opens >> bit & 1) != 0) state.Depth++;
                else if (--state.Depth == 0) return i + bit;
            }
        }
        var tail = FindCloseByteByByte(data[i..], ref state);
        return tail >= 0 ? i + tail : -1;
    }

    private static int FindCloseByteByByte(ReadOnlySpan<byte> data, ref ContainerScanState state)
    {
        for (var j = 0; j < data.Length; j++)
        {
            var b = data[j];
            if (state.InString)
            {
                if (state.Escaped) state.Escaped = false;
                else if (b == (byte)'\\') state.Escaped = true;
                else if (b == (byte)'"') state.InString = false;
            }
            else if (b == (byte)'"') state.InString = true;
            else if (b is (byte)'[' or (byte)'{') state.Depth++;
            else if (b is (byte)']' or (byte)'}' && --state.Depth == 0) return j;
        }
        return -1;
    }

    /// <summary>One bit per byte of a 64-byte block for each byte class the scan needs.</summary>
    private readonly record struct BlockMasks(ulong Quotes, ulong Backslashes, ulong Opens, ulong Closes);

    /// <summary>
    /// The masks of the 64 bytes at <paramref name="offset"/>: in one 512-bit register where the processor has them,
    /// else two 256-bit halves. <c>[</c> and <c>{</c> differ only in bit 5 (0x5B, 0x7B), as do <c>]</c> and <c>}</c>,
    /// so with that bit set one comparison finds both brackets of a kind (no other byte becomes 0x7B or 0x7D).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static BlockMasks Classify(ref byte start, int offset)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            var v = Vector512.LoadUnsafe(ref start, (nuint)offset);
            var folded = v | Vector512.Create((byte)0x20);
            return new BlockMasks(
                Vector512.Equals(v, Vector512.Create((byte)'"')).ExtractMostSignificantBits(),
                Vector512.Equals(v, Vector512.Create((byte)'\\')).ExtractMostSignificantBits(),
                Vector512.Equals(folded, Vector512.Create((byte)'{')).ExtractMostSignificantBits(),
                Vector512.Equals(folded, Vector512.Create((byte)'}')).ExtractMostSignificantBits());
        }
        var lo = Vector256.LoadUnsafe(ref start, (nuint)offset);
        var hi = Vector256.LoadUnsafe(ref start, (nuint)(offset + 32));
        var bit5 = Vector256.Create((byte)0x20);
        return new BlockMasks(Mask(lo, hi, (byte)'"'), Mask(lo, hi, (byte)'\\'), Mask(lo | bit5, hi | bit5, (byte)'{'), Mask(lo | bit5, hi | bit5, (byte)'}'));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mask(Vector256<byte> lo, Vector256<byte> hi, byte value)
    {
        var v = Vector256.Create(value);
        return Vector256.Equals(lo, v).ExtractMostSignificantBits() | (ulong)Vector256.Equals(hi, v).ExtractMostSignificantBits() << 32;
    }

    /// <summary>Bit i becomes the XOR of bits 0..i: 1 from an opening quote up to (not including) its closing quote.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong PrefixXor(ulong bits)
    {
        bits ^= bits << 1;
        bits ^= bits << 2;
        bits ^= bits << 4;
        bits ^= bits << 8;
        bits ^= bits << 16;
        bits ^= bits << 32;
        return bits;
    }
}
