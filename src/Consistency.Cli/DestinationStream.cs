namespace Consistency.Cli;

/// <summary>
/// A write-only stream that names its destination in the exception it throws when a write fails,
/// so a full disk behind standard output is told apart from an I/O failure anywhere else (an
/// article, a configuration file) and reported as such, with exit code 2.
/// </summary>
internal sealed class DestinationStream(Stream inner, string destination) : Stream
{
    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Guard(() => inner.Write(buffer, offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (IOException e)
        {
            throw Failed(e);
        }
    }

    public override void Flush() => Guard(inner.Flush);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (IOException e) when (e is not ReportWriteException)
        {
            throw Failed(e);
        }
    }

    private ReportWriteException Failed(IOException e) => new($"cannot write the report to {destination}: {e.Message}", e);
}
