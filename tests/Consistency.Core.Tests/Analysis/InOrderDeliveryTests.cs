using System.Collections.Concurrent;
using Consistency.Analysis;

namespace Consistency.Core.Tests.Analysis;

/// <summary>Items finished in any order, on any thread, reach the receiver in index order, each once, one at a time.</summary>
public sealed class InOrderDeliveryTests
{
    [Test]
    public void An_item_waits_for_those_before_it_and_then_goes_with_them()
    {
        var received = new List<string>();
        var delivery = new InOrderDelivery<string>(4, received.Add);

        delivery.Complete(2, "c");
        delivery.Complete(1, "b");
        received.ShouldBeEmpty();

        delivery.Complete(0, "a");
        received.ShouldBe(["a", "b", "c"]);

        delivery.Complete(3, "d");
        received.ShouldBe(["a", "b", "c", "d"]);
        delivery.Delivered.ShouldBe(4);
    }

    [Test]
    public void An_item_completed_twice_is_refused()
    {
        var delivery = new InOrderDelivery<string>(2, _ => { });
        delivery.Complete(1, "b");

        Should.Throw<InvalidOperationException>(() => delivery.Complete(1, "b again"));
        delivery.Complete(0, "a");
        Should.Throw<InvalidOperationException>(() => delivery.Complete(0, "a again"));
    }

    [Test]
    public void Many_threads_in_any_order_deliver_every_item_once_in_order_and_never_two_at_once()
    {
        const int count = 20_000;
        var received = new List<int>(count);
        var receiving = 0;
        var overlapped = false;
        var delivery = new InOrderDelivery<object>(count, item =>
        {
            overlapped |= Interlocked.Increment(ref receiving) > 1;
            received.Add((int)item);
            Interlocked.Decrement(ref receiving);
        });
        var order = Enumerable.Range(0, count).OrderBy(i => (i * 7919) % count).ToArray(); // a fixed shuffle

        Parallel.ForEach(Partitioner.Create(0, count, 16), new ParallelOptions { MaxDegreeOfParallelism = 8 }, range =>
        {
            for (var k = range.Item1; k < range.Item2; k++)
            {
                delivery.Complete(order[k], order[k]);
            }
        });

        overlapped.ShouldBeFalse();
        received.ShouldBe(Enumerable.Range(0, count));
    }

    [Test]
    public void A_receiver_that_throws_passes_its_exception_on_and_what_came_after_waits()
    {
        var received = new List<string>();
        var delivery = new InOrderDelivery<string>(3, item =>
        {
            if (item == "b")
            {
                throw new IOException("disk full");
            }

            received.Add(item);
        });
        delivery.Complete(2, "c");
        delivery.Complete(0, "a");

        Should.Throw<IOException>(() => delivery.Complete(1, "b")).Message.ShouldBe("disk full");
        received.ShouldBe(["a"]);
        delivery.Delivered.ShouldBe(2);
    }
}
