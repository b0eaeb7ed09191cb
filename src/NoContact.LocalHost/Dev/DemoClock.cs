namespace NoContact.LocalHost.Dev;

/// <summary>
/// The app's clock for demos: real time plus an offset that only grows, so a demo can jump to
/// Friday 23:00 and time still flows from there. Timers wake when it moves.
/// </summary>
public sealed class DemoClock(TimeProvider real) : TimeProvider
{
    private readonly Lock gate = new();
    private TimeSpan offset;
    private TaskCompletionSource moved = NewSignal();

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return real.GetUtcNow() + offset;
        }
    }

    public TimeSpan Offset
    {
        get
        {
            lock (gate)
            {
                return offset;
            }
        }
    }

    /// <summary>Completes the next time the clock is moved.</summary>
    public Task Moved
    {
        get
        {
            lock (gate)
            {
                return moved.Task;
            }
        }
    }

    public DateTimeOffset MoveTo(DateTimeOffset target) => Shift(now => target >= now
        ? target - now
        : throw new InvalidOperationException($"The demo clock only moves forward; it is already {now:O}."));

    public DateTimeOffset Advance(TimeSpan by) => Shift(_ => by >= TimeSpan.Zero
        ? by
        : throw new InvalidOperationException("The demo clock only moves forward."));

    private DateTimeOffset Shift(Func<DateTimeOffset, TimeSpan> howFar)
    {
        TaskCompletionSource signal;
        DateTimeOffset after;
        lock (gate)
        {
            var now = real.GetUtcNow() + offset;
            var by = howFar(now);
            offset += by;
            after = now + by;
            signal = moved;
            moved = NewSignal();
        }

        signal.SetResult();
        return after;
    }

    /// <summary>Waits until the clock reads <paramref name="target"/> or later, in real time or by a move.</summary>
    public async Task WaitUntilAsync(DateTimeOffset target, CancellationToken cancellationToken)
    {
        while (true)
        {
            var moveSignal = Moved;
            var remaining = target - GetUtcNow();
            if (remaining <= TimeSpan.Zero)
            {
                return;
            }

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var delay = Task.Delay(remaining, real, stop.Token);
            await Task.WhenAny(delay, moveSignal);
            await stop.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
