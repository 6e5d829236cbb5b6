using System.Text;

namespace Blog.Computing;

/// <summary>
/// The console of a page's blocks, inside the worker: text goes to the notebook until one unit has
/// written <c>compute.outputLimit</c>; the write past it throws, so the block fails at that line with
/// a message naming the limit instead of the worker running out of memory.
/// </summary>
public sealed class LimitedConsole(StringWriter inner, long limit) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        Check(1);
        inner.Write(value);
    }

    public override void Write(string? value)
    {
        Check(value?.Length ?? 0);
        inner.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        Check(count);
        inner.Write(buffer, index, count);
    }

    private void Check(long adding)
    {
        if (inner.GetStringBuilder().Length + adding > limit)
            throw new OutputLimitException(limit);
    }

    /// <summary>The error a worker answers with when a unit's results, as JSON, are larger than the limit.</summary>
    public static WorkerError TooLarge(long size, long limit) => new(WorkerError.Runtime,
        $"OutputLimitException: the block's output is {Megabytes(size)} MB, more than compute.outputLimit ({Megabytes(limit)} MB). " +
        "Show less (a summary, a sample, a figure), or raise compute.outputLimit (MB) in statiq.json.");

    internal static string Megabytes(long chars) => (chars / 1_000_000.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A block printed more than <c>compute.outputLimit</c>.</summary>
public sealed class OutputLimitException(long limit) : Exception(
    $"the block printed more than compute.outputLimit ({LimitedConsole.Megabytes(limit)} MB). " +
    "Print less (a summary, a sample, a figure), or raise compute.outputLimit (MB) in statiq.json.");
