"""tinyloop asks the modelled version about a change only where the answer can change what happens.

`quizzer check` runs a program once on the reference loop and reuses its answer for every version that
agrees on all the changes the run asked about (``versions.agreeing``): a question asked where both answers
lead to the same behaviour costs a whole extra run.  For each change asked about in narrowed places, a
common program must run without asking about it, and a program where the versions do differ must still ask
(the differential corpus, tests/differential/versions, checks that the answers are right).
"""

import pytest

from quizzer.sandbox import run_code
from quizzer.tinyloop.versions import _CONSULTABLE

UNCANCEL_AFTER_DELIVERY = """
import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("uncancel ->", asyncio.current_task().uncancel())
    await asyncio.sleep(0)
    print("went on")

async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    task.cancel()
    await task

asyncio.run(main())
"""

UNCANCEL_WITH_A_CANCEL_PENDING = """
import asyncio

async def main():
    me = asyncio.current_task()
    me.cancel()
    print("uncancel ->", me.uncancel())
    try:
        await asyncio.sleep(0)
        print("withdrawn")
    except asyncio.CancelledError:
        print("delivered")

asyncio.run(main())
"""

TIMEOUT_EXPIRES = """
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.1):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out")
    try:
        async with asyncio.timeout(1):
            raise asyncio.CancelledError
    except asyncio.CancelledError:
        print("cancelled before the deadline")

asyncio.run(main())
"""

TIMEOUT_ENDS_IN_A_SUBCLASS = """
import asyncio

class Interrupted(asyncio.CancelledError):
    pass

async def main():
    try:
        async with asyncio.timeout(0.1):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                raise Interrupted
    except BaseException as error:
        print(type(error).__name__)

asyncio.run(main())
"""

TASKGROUPS = """
import asyncio

async def fail_soon():
    await asyncio.sleep(0.1)
    raise KeyError("k")

async def double(n):
    await asyncio.sleep(0.01)
    return 2 * n

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(double(n)) for n in range(3)]
    print([task.result() for task in tasks])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_soon())
            await asyncio.sleep(1)
    except* KeyError:
        print("caught; cancelling:", asyncio.current_task().cancelling())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(double(1))
            raise ValueError("the body failed")
    except* ValueError:
        print("the body failed")

asyncio.run(main())
"""

TASKGROUP_CHILD_FAILS_AFTER_THE_BODY = """
import asyncio

async def fail_soon():
    await asyncio.sleep(0.1)
    raise KeyError("k")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_soon())
    except* KeyError:
        print("cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
"""

TASKGROUP_NAMED_TASK = """
import asyncio

async def main():
    async with asyncio.TaskGroup() as tg:
        print(tg.create_task(asyncio.sleep(0), name="named").get_name())

asyncio.run(main())
"""

HANDLERS_THAT_END = """
import asyncio

async def handle(reader, writer):
    line = await reader.readline()
    if line == b"fail\\n":
        writer.close()
        raise ValueError("handler failed")
    writer.write(line)
    writer.close()

def report(loop, context):
    print("reported:", context["message"])

async def main():
    asyncio.get_running_loop().set_exception_handler(report)
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    for word in (b"echo\\n", b"fail\\n"):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(word)
        print(await reader.read())
        writer.close()
        await writer.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())
"""

HANDLER_CANCELLED = """
import asyncio

async def handle(reader, writer):
    await asyncio.sleep(10)

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    await asyncio.sleep(0.05)

asyncio.run(main())
"""

# (No exception is caught in main: on a 3.12+ host, the interpreter's own frames kept by a caught exception's
# traceback may keep a failed future alive to the end of the run, and the run then rightly asks.)
FAILURES_LET_GO_DURING_THE_RUN = """
import asyncio

async def fails():
    raise ValueError("boom")

def report(loop, context):
    print("reported:", context["message"])

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(report)
    task = asyncio.create_task(fails())
    await asyncio.sleep(0)
    del task
    never_raised = loop.create_future()
    never_raised.set_exception(KeyError("no traceback"))
    return never_raised

print(asyncio.run(main()).exception())
"""

MAIN_RETURNS_A_FAILED_TASK = """
import asyncio

async def fails():
    raise ValueError("boom")

async def main():
    task = asyncio.create_task(fails())
    await asyncio.sleep(0)
    return task

print(asyncio.run(main()).done())
"""

CONDITION_NOTIFIED = """
import asyncio

async def main():
    condition = asyncio.Condition()
    items = []

    async def consumer():
        async with condition:
            await condition.wait_for(lambda: items)
            print("got", items)

    task = asyncio.create_task(consumer())
    await asyncio.sleep(0.01)
    async with condition:
        items.append(1)
        condition.notify()
    await task

asyncio.run(main())
"""

CONDITION_WAITER_CANCELLED = """
import asyncio

async def main():
    condition = asyncio.Condition()

    async def waiter():
        async with condition:
            await condition.wait()

    task = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled")

asyncio.run(main())
"""

HANDLE_WITHOUT_ARGUMENTS = """
import asyncio

async def main():
    print(repr(asyncio.get_running_loop().call_soon(print)))

asyncio.run(main())
"""

HANDLE_WITH_ARGUMENTS = """
import asyncio

async def main():
    print(repr(asyncio.get_running_loop().call_soon(print, "secret")))

asyncio.run(main())
"""

CASES = [
    ("uncancel_clears_pending_cancel", UNCANCEL_AFTER_DELIVERY, UNCANCEL_WITH_A_CANCEL_PENDING),
    ("uncancel_clears_pending_cancel", TIMEOUT_EXPIRES, UNCANCEL_WITH_A_CANCEL_PENDING),
    ("timeout_marks_other_exceptions", TIMEOUT_EXPIRES, TIMEOUT_ENDS_IN_A_SUBCLASS),
    ("taskgroup_recancels_parent", TASKGROUPS, TASKGROUP_CHILD_FAILS_AFTER_THE_BODY),
    ("named_tasks_take_no_number", TASKGROUPS, TASKGROUP_NAMED_TASK),
    ("eager_tasks", TASKGROUPS, None),
    ("client_connected_cb_cancelled_closes", HANDLERS_THAT_END, HANDLER_CANCELLED),
    ("traceback_holds_running_future", FAILURES_LET_GO_DURING_THE_RUN, MAIN_RETURNS_A_FAILED_TASK),
    ("condition_passes_notification_on", CONDITION_NOTIFIED, CONDITION_WAITER_CANCELLED),
    ("callback_arguments_hidden", HANDLE_WITHOUT_ARGUMENTS, HANDLE_WITH_ARGUMENTS),
]


def asked_about(code: str, python: str) -> set[str]:
    result = run_code(code, loop="tiny", python=python, stats=True, timeout=30)
    assert result.exit_code == 0, result.stderr
    mask = result.stats["versions_consulted"]
    return {name for bit, name in enumerate(_CONSULTABLE) if mask >> bit & 1}


@pytest.mark.parametrize("python", ["3.11", "3.13"])
@pytest.mark.parametrize(("change", "common", "differing"), CASES,
                         ids=[f"{change}-{index}" for index, (change, _, _) in enumerate(CASES)])
def test_a_common_program_does_not_ask_where_the_versions_differ_it_does(change, common, differing, python):
    assert change not in asked_about(common, python)
    if differing is not None:
        assert change in asked_about(differing, python)
