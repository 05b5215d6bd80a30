"""tinyloop's library (gather, wait, wait_for, as_completed, shield, timeout, TaskGroup, locks,
queues), checked against real asyncio.

Most programs run a *ticker* task that prints once per loop iteration, so that the output shows
not only the order of events but also how many iterations each operation costs.
"""

import pytest

import quizzer.tinyloop as tinyloop

from . import assert_same_output

TICKER = """
import asyncio
async def ticker(n=12):
    for i in range(n):
        print("  tick", i)
        await asyncio.sleep(0)
async def job(name, delay=0, result=None, fail=False):
    print("start", name)
    await asyncio.sleep(delay)
    if fail:
        print("fail", name)
        raise ValueError(name)
    print("end", name)
    return result if result is not None else name
"""


def same(body):
    return assert_same_output(TICKER + body)


# ---------------------------------------------------------------------- combinators

def test_gather_results_order_and_first_exception():
    same("""
async def main():
    asyncio.create_task(ticker())
    print(await asyncio.gather(job("a", 0.02), job("b", 0.01), job("c")))
    try:
        await asyncio.gather(job("x", 0.01, fail=True), job("y", 0.02))
    except ValueError as e:
        print("gather raised", e)
    print(await asyncio.gather(job("p", fail=True), job("q"), return_exceptions=True))
    print(await asyncio.gather())
    await asyncio.sleep(0.03)
asyncio.run(main())
""")


def test_cancelling_gather_cancels_the_children():
    same("""
async def main():
    asyncio.create_task(ticker())
    g = asyncio.gather(job("a", 1), job("b", 1))
    await asyncio.sleep(0)
    print("cancel:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())
    child = asyncio.create_task(job("c", 1))
    g2 = asyncio.gather(child, job("d"), return_exceptions=True)
    await asyncio.sleep(0)
    child.cancel()
    print(await g2)
asyncio.run(main())
""")


def test_wait_return_when_and_timeout():
    same("""
async def main():
    asyncio.create_task(ticker(20))
    a = asyncio.create_task(job("a", 0.01))
    b = asyncio.create_task(job("b", 0.02, fail=True))
    c = asyncio.create_task(job("c", 0.03))
    done, pending = await asyncio.wait([a, b, c], return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.get_name() for t in done), len(pending))
    done, pending = await asyncio.wait([a, b, c], return_when=asyncio.FIRST_EXCEPTION)
    print(b in done, c in pending)
    done, pending = await asyncio.wait([c], timeout=0.001)
    print(len(done), len(pending))
    done, pending = await asyncio.wait([a, b, c])
    print(len(done), len(pending))
    b.exception()
    try:
        await asyncio.wait([job("coro")])
    except TypeError as e:
        print(e)
asyncio.run(main())
""")


def test_wait_for_costs_asyncio_311_iterations():
    same("""
async def main():
    asyncio.create_task(ticker(20))
    print(await asyncio.wait_for(job("quick"), 1))
    print("after quick")
    try:
        await asyncio.wait_for(job("slow", 1), 0.01)
    except asyncio.TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(job("no limit"), None))
    try:
        await asyncio.wait_for(job("zero", 1), 0)
    except TimeoutError:
        print("zero timeout")
asyncio.run(main())
""")


def test_wait_for_when_the_inner_task_refuses_to_be_cancelled():
    same("""
async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn refuses")
        return "kept"
async def main():
    print(await asyncio.wait_for(stubborn(), 0.01))
asyncio.run(main())
""")


def test_as_completed_yields_in_completion_order():
    same("""
async def main():
    asyncio.create_task(ticker())
    # Tasks, not coroutines: asyncio would start coroutines in set (memory address) order.
    jobs = [asyncio.create_task(job(n, d)) for n, d in [("a", 0.03), ("b", 0.01), ("c", 0.02)]]
    for coro in asyncio.as_completed(jobs):
        print("got", await coro)
    try:
        for coro in asyncio.as_completed([job("d", 1)], timeout=0.01):
            await coro
    except asyncio.TimeoutError:
        print("as_completed timed out")
asyncio.run(main())
""")


def test_shield_protects_the_inner_task():
    same("""
async def main():
    asyncio.create_task(ticker())
    inner = asyncio.create_task(job("inner", 0.02))
    outer = asyncio.create_task(asyncio.shield(inner))  # a task awaiting the shield
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled, inner done?", inner.done())
    print(await inner)
    try:
        await asyncio.wait_for(asyncio.shield(job("shielded", 0.02)), 0.01)
    except TimeoutError:
        print("timeout, shielded job goes on")
    await asyncio.sleep(0.02)
asyncio.run(main())
""")


# ---------------------------------------------------------------------- timeouts and TaskGroup

def test_timeout_context_manager():
    same("""
async def main():
    asyncio.create_task(ticker())
    try:
        async with asyncio.timeout(0.01) as cm:
            await job("slow", 1)
    except TimeoutError:
        print("timeout expired:", cm.expired())
    async with asyncio.timeout(1) as cm:
        await job("fast")
    print("expired:", cm.expired())
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("deadline in the past")
    async with asyncio.timeout(None) as cm:
        cm.reschedule(loop.time() + 0.01)
        try:
            await job("rescheduled", 1)
        except asyncio.CancelledError:
            print("cancelled inside")
            raise
asyncio.run(main())
""")


def test_taskgroup_success_and_failure():
    same("""
async def main():
    asyncio.create_task(ticker(20))
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", 0.01))
        b = tg.create_task(job("b"), name="named b")
    print(a.result(), b.result(), b.get_name())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("slow", 1))
            tg.create_task(job("bad1", 0.01, fail=True))
            tg.create_task(job("bad2", 0.01, fail=True))
            await asyncio.sleep(1)
            print("not reached")
    except* ValueError as eg:
        print(type(eg).__name__, eg, [str(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("c"))
            raise KeyError("body")
    except* KeyError as eg:
        print("body error:", repr(eg.exceptions[0]))
asyncio.run(main())
""")


def test_taskgroup_error_is_an_exception_group_traceback():
    result = same("""
async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(job("bad", fail=True))
asyncio.run(main())
""")
    assert "ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)" in result.stderr


# ---------------------------------------------------------------------- locks

def test_lock_is_fifo_and_handed_over_one_iteration_later():
    same("""
async def user(lock, name):
    print("want", name)
    async with lock:
        print("got", name)
        await asyncio.sleep(0)
    print("released", name)
async def main():
    lock = asyncio.Lock()
    asyncio.create_task(ticker())
    await asyncio.gather(*(user(lock, n) for n in "abc"))
    await lock.acquire()
    barger = asyncio.create_task(user(lock, "waiter"))
    await asyncio.sleep(0)
    lock.release()
    print("locked right after release?", lock.locked())
    await user(lock, "barger")  # the queued waiter keeps its turn
    await barger
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
asyncio.run(main())
""")


def test_lock_waiter_cancelled_after_wakeup_passes_the_turn():
    same("""
async def user(lock, name):
    try:
        async with lock:
            print("got", name)
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("cancelled", name)
async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(user(lock, "a"))
    b = asyncio.create_task(user(lock, "b"))
    await asyncio.sleep(0)
    lock.release()
    a.cancel()
    await asyncio.gather(a, b)
asyncio.run(main())
""")


def test_event_wakes_all_waiters_in_order():
    same("""
async def waiter(event, name):
    print("wait", name)
    print("woke", name, await event.wait())
async def main():
    event = asyncio.Event()
    asyncio.create_task(ticker())
    tasks = [asyncio.create_task(waiter(event, n)) for n in "abc"]
    await asyncio.sleep(0)
    event.set()
    print("set; is_set:", event.is_set())
    await asyncio.gather(*tasks)
    event.clear()
    await asyncio.gather(waiter(event, "d"), asyncio.sleep(0.01, result=event.set()))
asyncio.run(main())
""")


def test_semaphores():
    same("""
async def user(sem, name, delay):
    async with sem:
        print("in", name)
        await asyncio.sleep(delay)
    print("out", name)
async def main():
    asyncio.create_task(ticker())
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(user(sem, n, d) for n, d in zip("abcde", [0.02, 0.01, 0, 0.015, 0])))
    bounded = asyncio.BoundedSemaphore(1)
    async with bounded:
        print("locked:", bounded.locked())
    try:
        bounded.release()
    except ValueError as e:
        print(e)
asyncio.run(main())
""")


def test_condition_notify_and_wait_for():
    same("""
async def consumer(cond, name, box):
    async with cond:
        await cond.wait_for(lambda: box)
        print(name, "took", box.pop())
async def main():
    cond = asyncio.Condition()
    box = []
    asyncio.create_task(ticker())
    tasks = [asyncio.create_task(consumer(cond, n, box)) for n in "abc"]
    await asyncio.sleep(0)
    for item in range(3):
        async with cond:
            box.append(item)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)
asyncio.run(main())
""")


# ---------------------------------------------------------------------- queues

def test_bounded_queue_producer_consumers_and_join():
    same("""
async def consumer(q, name):
    while True:
        item = await q.get()
        print(name, "got", item)
        await asyncio.sleep(0)
        q.task_done()
async def main():
    q = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer(q, n)) for n in "ab"]
    for i in range(6):
        await q.put(i)
        print("put", i, "qsize", q.qsize())
    await q.join()
    print("joined")
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    try:
        q.task_done()
    except ValueError as e:
        print(e)
asyncio.run(main())
""")


def test_queue_kinds_and_nowait_errors():
    same("""
async def main():
    for q in (asyncio.Queue(), asyncio.LifoQueue(), asyncio.PriorityQueue()):
        for item in (3, 1, 2):
            q.put_nowait(item)
        print(type(q).__name__, [q.get_nowait() for _ in range(3)], q.empty(), q.full())
    q = asyncio.Queue(1)
    q.put_nowait("x")
    try:
        q.put_nowait("y")
    except asyncio.QueueFull:
        print("full")
    q.get_nowait()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("empty", repr(e), type(e))
    print(str(asyncio.Queue(3)))
asyncio.run(main())
""")


def test_getter_cancelled_after_being_woken_passes_the_item_on():
    same("""
async def getter(q, name):
    try:
        print(name, "got", await q.get())
    except asyncio.CancelledError:
        print(name, "cancelled")
async def main():
    q = asyncio.Queue()
    a = asyncio.create_task(getter(q, "a"))
    b = asyncio.create_task(getter(q, "b"))
    await asyncio.sleep(0)
    q.put_nowait(1)
    a.cancel()
    await asyncio.gather(a, b)
asyncio.run(main())
""")


# ---------------------------------------------------------------------- unit checks

def test_library_futures_carry_labels_for_reports():
    async def main():
        event, lock, queue = tinyloop.Event(), tinyloop.Lock(), tinyloop.Queue()
        await lock.acquire()
        waiting = [tinyloop.create_task(event.wait()), tinyloop.create_task(lock.acquire()),
                   tinyloop.create_task(queue.get())]
        await tinyloop.sleep(0)
        labels = [task._fut_waiter._describe() for task in waiting]
        for task in waiting:
            task.cancel()
        return labels

    assert tinyloop.run(main()) == ["Event.wait()", "Lock.acquire()", "Queue.get()"]


def test_primitives_refuse_to_be_shared_between_loops():
    event = tinyloop.Event()

    async def wait_briefly():
        await tinyloop.wait_for(event.wait(), 0.01)

    with pytest.raises(TimeoutError):
        tinyloop.run(wait_briefly())
    with pytest.raises(RuntimeError, match="is bound to a different event loop"):
        tinyloop.run(wait_briefly())
