"""tinyloop's I/O layer (sockets.py, streams.py) against real asyncio.

Most tests are differential: the same program text runs once under real asyncio (asyncio-ff, on a
clock that jumps over idle waits) and once under tinyloop (``quizzer.tinyloop.install()`` in a plain
interpreter), both as ``python FILE`` forked from a zygote (see tests/tinyloop), and what it prints must be
identical -- stdout line for line, the exit code, and the last line of stderr (the exception a
program dies with).  Several programs run a "ticker" task that counts loop iterations and print the
count next to each event: that pins down not just the order of events but how many iterations each
step takes, which is what decides the order once several tasks interleave.

A few tests run tinyloop in-process, where the virtual clock lets them assert exact times.
"""

import re
import socket
import sys
import textwrap
import weakref
from concurrent.futures import ThreadPoolExecutor

import pytest

from quizzer import tinyloop
from quizzer.tinyloop import exceptions
from quizzer.tinyloop.combinators import wait_for
from quizzer.tinyloop.io.sockets import EventLoop
from quizzer.tinyloop.io.streams import StreamReader, open_connection, start_server

from . import run_file

LOOPS = {"asyncio": "asyncio-ff", "tinyloop": "tiny"}

# Counts loop iterations: one step per iteration while it runs.  Programs cancel it before they
# sleep on a timer, since on tinyloop a task that is always ready keeps the virtual clock still.
TICKER = '''
import asyncio

ticks = 0

async def ticker():
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0)
'''


def run_both(tmp_path, source, mask=None):
    """Run ``source`` on asyncio-ff and on tinyloop, concurrently; return both results (see tests/tinyloop)."""
    program = tmp_path / "program.py"
    program.write_text(textwrap.dedent(source))
    with ThreadPoolExecutor(2) as pool:
        running = {name: pool.submit(run_file, program, loop) for name, loop in LOOPS.items()}
    results = {}
    for name, future in running.items():
        completed = future.result()
        stdout, stderr = completed.stdout, _last_line(completed.stderr)
        if mask is not None:
            stdout, stderr = re.sub(mask, "<masked>", stdout), re.sub(mask, "<masked>", stderr)
        results[name] = (stdout, completed.returncode, stderr)
    return results


def _last_line(text):
    lines = text.strip().splitlines()
    return lines[-1] if lines else ""


def assert_same(tmp_path, source, mask=None):
    """Assert both loops print the same; ``mask`` is a regex for text that may differ (ports)."""
    results = run_both(tmp_path, source, mask)
    assert results["tinyloop"] == results["asyncio"]
    return results["asyncio"]


# ---------------------------------------------------------------------------- echo & ordering

ECHO = TICKER + '''
async def handle(reader, writer):
    print(ticks, "handler start", writer.get_extra_info("peername") is not None)
    while line := await reader.readline():
        print(ticks, "server got", line)
        writer.write(line.upper())
        await writer.drain()
    print(ticks, "server saw EOF", reader.at_eof())
    writer.close()
    await writer.wait_closed()
    print(ticks, "server closed")

async def main():
    tick_task = asyncio.create_task(ticker())
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    print(ticks, "serving", server.is_serving())
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(ticks, "client connected")
    for word in (b"one\\n", b"two\\n", b"three\\n"):
        writer.write(word)
        await writer.drain()
        print(ticks, "client got", await reader.readline())
    writer.write_eof()
    print(ticks, "client read", await reader.read(), reader.at_eof())
    writer.close()
    await writer.wait_closed()
    print(ticks, "client closed", writer.is_closing())
    server.close()
    await server.wait_closed()
    print(ticks, "server stopped", server.is_serving(), server.sockets)
    tick_task.cancel()

asyncio.run(main())
'''


def test_echo_server_and_client_match_asyncio_iteration_for_iteration(tmp_path):
    stdout, code, _ = assert_same(tmp_path, ECHO)
    assert code == 0
    assert "client got b'THREE\\n'" in stdout


CONCURRENT_CLIENTS = TICKER + '''
async def handle(reader, writer):
    name = (await reader.readline()).decode().strip()
    print(ticks, "hello from", name)
    writer.write(f"bye {name}\\n".encode())
    await writer.drain()
    writer.close()

async def client(port, name):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(ticks, name, "connected")
    writer.write(f"{name}\\n".encode())
    reply = await reader.readline()
    print(ticks, name, "got", reply, "then", await reader.read())
    writer.close()
    await writer.wait_closed()
    return name

async def main():
    tick_task = asyncio.create_task(ticker())
    async with await asyncio.start_server(handle, "127.0.0.1", 0) as server:
        port = server.sockets[0].getsockname()[1]
        names = await asyncio.gather(*(client(port, f"c{i}") for i in range(4)))
        print(ticks, "all done", names)
    print(ticks, "after async with", server.is_serving())
    tick_task.cancel()

asyncio.run(main())
'''


def test_concurrent_clients_are_served_in_asyncio_order(tmp_path):
    stdout, code, _ = assert_same(tmp_path, CONCURRENT_CLIENTS)
    assert code == 0 and "all done ['c0', 'c1', 'c2', 'c3']" in stdout


HANDLER_START_ORDER = '''
import asyncio

async def handle(reader, writer):
    print("handler starts")
    await asyncio.sleep(0)
    print("handler after one yield")
    writer.close()

async def other():
    for i in range(6):
        print("other", i)
        await asyncio.sleep(0)

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, start_serving=False)
    print("created, serving:", server.is_serving())
    await server.start_serving()
    port = server.sockets[0].getsockname()[1]
    side = asyncio.create_task(other())
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("open_connection returned")
    print("read:", await reader.read())
    await side
    writer.close()
    server.close()

asyncio.run(main())
'''


def test_handler_task_starts_just_before_open_connection_returns(tmp_path):
    stdout, _, _ = assert_same(tmp_path, HANDLER_START_ORDER)
    lines = stdout.splitlines()
    assert lines.index("handler starts") + 1 == lines.index("open_connection returned")


TASK_NAMES = '''
import asyncio

async def handle(reader, writer):
    print("handler", asyncio.current_task().get_name(), "sees", len(asyncio.all_tasks()), "tasks")
    await reader.read()
    writer.close()

async def main():
    server = await asyncio.start_server(handle, ["127.0.0.1", "localhost"], 0)
    port = server.sockets[0].getsockname()[1]
    print("next task:", asyncio.create_task(asyncio.sleep(0)).get_name())
    for i in range(2):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        print("client", i, "sees", len(asyncio.all_tasks()), "tasks")
        writer.close()
        await writer.wait_closed()
    await asyncio.sleep(0.01)
    print(len(asyncio.all_tasks()), "tasks; next:", asyncio.create_task(asyncio.sleep(0)).get_name())
    server.close()

asyncio.run(main())
'''


def test_servers_spend_task_numbers_like_asyncio(tmp_path):
    """asyncio resolves hosts and sets up each accepted connection in tasks of their own: the
    handler's Task-N name and all_tasks() show it."""
    stdout, _, _ = assert_same(tmp_path, TASK_NAMES)
    assert stdout.startswith("next task: Task-4\n")


# ---------------------------------------------------------------------------- reading until EOF

READ_UNTIL_EOF = '''
import asyncio

PAYLOAD = bytes(range(256)) * 1000  # 256000 bytes: more than one recv(), more than 2 * limit

async def handle(reader, writer):
    async for line in reader:
        print("line", line)
    print("lines over, at_eof:", reader.at_eof())
    writer.write(PAYLOAD)
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=1024)
    writer.writelines([b"first\\n", b"second\\n", b"no newline"])
    print("can_write_eof:", writer.can_write_eof())
    writer.write_eof()
    data = await reader.read()
    print("read(-1):", len(data), data == PAYLOAD, reader.at_eof())
    print("again:", await reader.read(), await reader.read(5), await reader.readline())
    try:
        writer.write(b"late")
    except RuntimeError as exc:
        print("write after write_eof:", exc)
    writer.close()
    await writer.wait_closed()
    server.close()

asyncio.run(main())
'''


def test_readline_loop_and_read_all_until_eof(tmp_path):
    stdout, code, _ = assert_same(tmp_path, READ_UNTIL_EOF)
    assert "read(-1): 256000 True True" in stdout and code == 0


READEXACTLY = '''
import asyncio

async def handle(reader, writer):
    writer.write(b"12345")
    await writer.drain()
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(await reader.readexactly(2))
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as exc:
        print(type(exc).__module__, type(exc).__name__, "|", exc, "|", exc.partial, exc.expected)
        print(isinstance(exc, EOFError))
    try:
        await reader.readuntil(b"!")
    except asyncio.IncompleteReadError as exc:
        print("readuntil:", exc, exc.partial, exc.expected)
    writer.close()
    server.close()
    await reader.readexactly(1)   # uncaught: the program dies with this exception

asyncio.run(main())
'''


def test_readexactly_raises_incomplete_read_error_like_asyncio(tmp_path):
    stdout, code, last_stderr = assert_same(tmp_path, READEXACTLY)
    assert "3 bytes read on a total of 10 expected bytes" in stdout
    assert code == 1
    assert last_stderr == ("asyncio.exceptions.IncompleteReadError: "
                           "0 bytes read on a total of 1 expected bytes")


LIMITS = '''
import asyncio

async def handle(reader, writer):
    writer.write(b"x" * 40 + b"\\nshort\\n" + b"y" * 40 + b"END" + b"z" * 5)
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=16)
    await asyncio.sleep(0.01)   # let everything arrive
    try:
        await reader.readline()
    except ValueError as exc:
        print("readline:", type(exc).__name__, exc)
    print(await reader.readline())
    try:
        await reader.readuntil(b"END")
    except asyncio.LimitOverrunError as exc:
        print("readuntil:", type(exc).__module__, exc, exc.consumed)
    print(len(await reader.read()))
    writer.close()
    server.close()

asyncio.run(main())
'''


def test_line_limits_raise_like_asyncio(tmp_path):
    stdout, _, _ = assert_same(tmp_path, LIMITS)
    assert "readline: ValueError Separator is found, but chunk is longer than limit" in stdout


# ---------------------------------------------------------------------------- flow control

BACKPRESSURE = '''
import asyncio

SIZE = 8 * 1024 * 1024

async def slow_reader(reader, writer, started):
    started.set()
    await asyncio.sleep(0.05)          # not reading yet: the client's buffer fills up
    total = 0
    while chunk := await reader.read(65536):
        total += len(chunk)
    print("server read", total)
    writer.close()

async def main():
    started = asyncio.Event()
    server = await asyncio.start_server(
        lambda r, w: slow_reader(r, w, started), "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    await started.wait()
    writer.write(b"x" * SIZE)
    buffered = writer.transport.get_write_buffer_size()
    print("after write: buffered > high water:", buffered > 65536, buffered < SIZE)
    print("limits:", writer.transport.get_write_buffer_limits())
    await writer.drain()
    print("drained: buffered <= low water:", writer.transport.get_write_buffer_size() <= 16384)
    writer.write_eof()
    print("client sees", await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()

asyncio.run(main())
'''


def test_drain_waits_for_the_buffer_to_empty_below_low_water(tmp_path):
    stdout, _, _ = assert_same(tmp_path, BACKPRESSURE)
    assert "server read 8388608" in stdout
    assert "after write: buffered > high water: True True" in stdout


SMALL_WRITES_DO_NOT_YIELD = TICKER + '''
async def handle(reader, writer):
    print(ticks, "server got", await reader.read())

async def main():
    tick_task = asyncio.create_task(ticker())
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    before = ticks
    for i in range(100):
        writer.write(b"%d," % i)
        await writer.drain()
    print("iterations spent in 100 write+drain:", ticks - before)
    writer.close()
    await writer.wait_closed()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    server.close()
    tick_task.cancel()

asyncio.run(main())
'''


def test_drain_without_backpressure_does_not_yield(tmp_path):
    stdout, _, _ = assert_same(tmp_path, SMALL_WRITES_DO_NOT_YIELD)
    assert "iterations spent in 100 write+drain: 0" in stdout


WRITE_TO_A_CLOSED_PEER = '''
import asyncio

async def handle(reader, writer):
    writer.close()    # hang up at once

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("read:", await reader.read())
    for attempt in range(10):
        try:
            writer.write(b"data" * 1000)
            await writer.drain()
            print(attempt, "ok", writer.is_closing())
        except (ConnectionResetError, BrokenPipeError) as exc:
            print(attempt, type(exc).__name__, exc)
            break
    writer.close()
    try:
        await writer.wait_closed()
        print("closed cleanly")
    except OSError as exc:
        print("wait_closed:", type(exc).__name__)
    server.close()

asyncio.run(main())
'''


def test_writing_to_a_closed_peer_fails_like_asyncio(tmp_path):
    stdout, _, _ = assert_same(tmp_path, WRITE_TO_A_CLOSED_PEER)
    assert "read: b''" in stdout


PEER_RESET = '''
import asyncio, socket, struct

async def handle(reader, writer):
    sock = writer.get_extra_info("socket")
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # close = RST
    await reader.readline()
    writer.transport.abort()
    print("server aborted")

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"go\\n")
    try:
        print(await reader.read(10))
    except ConnectionResetError as exc:
        print("reset:", exc)
    try:
        await reader.readline()
    except ConnectionResetError:
        print("the reader keeps the error")
    try:
        writer.write(b"x")
        await writer.drain()
    except ConnectionResetError as exc:
        print("drain:", exc)
    for _ in range(7):
        writer.write(b"x")   # dropped; asyncio warns from the 5th one on
    writer.close()
    try:
        await writer.wait_closed()
    except ConnectionResetError as exc:
        print("wait_closed:", exc)
    server.close()

asyncio.run(main())
'''


def test_a_reset_connection_fails_reads_drain_and_wait_closed(tmp_path):
    stdout, _, last_stderr = assert_same(tmp_path, PEER_RESET)
    assert "reset: [Errno 104] Connection reset by peer" in stdout
    assert last_stderr == "socket.send() raised exception."


# ---------------------------------------------------------------------------- servers

SERVER_LIFECYCLE = '''
import asyncio

async def handle(reader, writer):
    print("handler got", await reader.read())
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print("sockets:", len(server.sockets), repr(server.sockets[0]).startswith("<asyncio.TransportSocket"))
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    waiting = asyncio.create_task(server.wait_closed())
    await asyncio.sleep(0)
    print("wait_closed done before close:", waiting.done())
    server.close()
    print("closed: serving", server.is_serving(), "sockets", server.sockets)
    await asyncio.sleep(0)
    print("wait_closed done while a connection is open:", waiting.done())
    try:  # 3.11: returns at once after close(); 3.12+: waits for the open connection
        await asyncio.wait_for(server.wait_closed(), 0.5)
        print("second wait_closed returned")
    except TimeoutError:
        print("second wait_closed waits for the connection")
    writer.write(b"still works")
    writer.close()
    await waiting
    print("wait_closed done after the last connection closed")
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as exc:
        print("refused:", exc.errno)

asyncio.run(main())
'''


def test_server_close_and_wait_closed_follow_the_running_python(tmp_path):
    stdout, _, _ = assert_same(tmp_path, SERVER_LIFECYCLE)
    assert "refused: 111" in stdout


SERVE_FOREVER = '''
import asyncio

async def handle(reader, writer):
    writer.write(b"hi\\n")
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, start_serving=False)
    port = server.sockets[0].getsockname()[1]
    forever = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0)
    print("serving:", server.is_serving())
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print(await reader.readline())
    writer.close()
    try:
        await server.serve_forever()
    except RuntimeError as exc:
        print("second serve_forever:", "already being awaited" in str(exc))
    forever.cancel()
    try:
        await forever
    except asyncio.CancelledError:
        print("serve_forever cancelled; serving:", server.is_serving())

asyncio.run(main())
'''


def test_serve_forever_is_cancelled_cleanly(tmp_path):
    stdout, _, _ = assert_same(tmp_path, SERVE_FOREVER)
    assert "serve_forever cancelled; serving: False" in stdout


HANDLER_RAISES = '''
import asyncio

async def handle(reader, writer):
    await reader.readline()
    raise ValueError("handler broke")

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"boom\\n")
    print("client reads", await reader.read())
    writer.close()
    server.close()

asyncio.run(main())
'''


def test_an_exception_in_a_handler_is_logged_and_closes_the_connection(tmp_path):
    stdout, code, last_stderr = assert_same(tmp_path, HANDLER_RAISES)
    assert stdout == "client reads b''\n" and code == 0
    assert last_stderr == "ValueError: handler broke"


PENDING_HANDLER_AT_EXIT = '''
import asyncio

async def handle(reader, writer):
    print("handler waits")
    await reader.read()
    print("never printed")

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    await asyncio.sleep(0)
    print("main returns with the handler still waiting")

asyncio.run(main())
print("program ends")
'''


def test_program_ends_with_a_handler_still_waiting(tmp_path):
    stdout, code, last_stderr = assert_same(tmp_path, PENDING_HANDLER_AT_EXIT)
    assert stdout.endswith("program ends\n") and code == 0
    # Up to 3.12 the streams report the handler's cancellation as an error in a callback; 3.13 closes
    # the connection without a word.
    assert last_stderr == ("" if sys.version_info >= (3, 13) else "asyncio.exceptions.CancelledError")


# ---------------------------------------------------------------------------- errors

CONNECTION_REFUSED = '''
import asyncio, socket

async def main():
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()            # nobody listens on this port now
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as exc:
        print(type(exc).__name__, exc.errno, str(exc).replace(str(port), "PORT"))
    await asyncio.open_connection("localhost", port)

asyncio.run(main())
'''


def test_connection_refused_reads_like_asyncio(tmp_path):
    stdout, code, last_stderr = assert_same(tmp_path, CONNECTION_REFUSED, mask=r"\b\d{4,5}\b")
    assert stdout == "ConnectionRefusedError 111 [Errno 111] Connect call failed ('127.0.0.1', PORT)\n"
    assert code == 1
    assert last_stderr == ("ConnectionRefusedError: [Errno 111] "
                           "Connect call failed ('127.0.0.1', <masked>)")


SILENT_SERVER_TIMEOUT = '''
import asyncio

async def silent(reader, writer):
    await reader.read()          # never answers
    writer.close()

async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    start = loop.time()
    try:
        await asyncio.wait_for(reader.readline(), timeout=0.2)
    except asyncio.TimeoutError:
        print("timed out after", round(loop.time() - start, 1))
    try:
        await asyncio.wait_for(reader.readexactly(4), timeout=0.1)
    except TimeoutError:
        print("timed out again after", round(loop.time() - start, 1))
    writer.close()
    await writer.wait_closed()
    server.close()
    await asyncio.sleep(0)
    print("done")

asyncio.run(main())
'''


def test_wait_for_times_out_on_a_silent_server(tmp_path):
    stdout, _, _ = assert_same(tmp_path, SILENT_SERVER_TIMEOUT)
    assert stdout == "timed out after 0.2\ntimed out again after 0.3\ndone\n"


# ---------------------------------------------------------------------------- low-level sockets

SOCK_CALLS = '''
import asyncio, socket

async def main():
    loop = asyncio.get_running_loop()
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.setblocking(False)
    client = socket.socket()
    client.setblocking(False)

    accepting = asyncio.create_task(loop.sock_accept(listener))
    await asyncio.sleep(0)
    print("accept pending:", not accepting.done())
    await loop.sock_connect(client, listener.getsockname())
    print("connected")
    conn, address = await accepting
    print("accepted", address == client.getsockname(), conn.gettimeout())

    receiving = asyncio.create_task(loop.sock_recv(conn, 100))
    await asyncio.sleep(0)
    print("recv pending:", not receiving.done())
    await loop.sock_sendall(client, b"hello")
    print("received", await receiving)

    big = b"z" * 4_000_000
    sending = asyncio.create_task(loop.sock_sendall(conn, big))
    buffer = bytearray(1 << 20)
    total = 0
    while total < len(big):
        total += await loop.sock_recv_into(client, buffer)
    await sending
    print("big transfer", total)

    client.close()
    print("after peer close:", await loop.sock_recv(conn, 10))
    conn.close()
    listener.close()

asyncio.run(main())
'''


def test_sock_calls_on_a_loopback_pair(tmp_path):
    stdout, _, _ = assert_same(tmp_path, SOCK_CALLS)
    assert "received b'hello'" in stdout and "big transfer 4000000" in stdout


SOCKETPAIR_AND_CANCEL = '''
import asyncio, socket

async def main():
    loop = asyncio.get_running_loop()
    left, right = socket.socketpair()
    left.setblocking(False)
    right.setblocking(False)

    pending = asyncio.create_task(loop.sock_recv(left, 10))
    await asyncio.sleep(0)
    pending.cancel()
    await asyncio.sleep(0)
    print("cancelled:", pending.cancelled())
    # The cancelled call's watcher is gone: a fresh call gets the data.
    right.send(b"ping")
    print(await loop.sock_recv(left, 10))

    got = []
    def on_readable():
        data = left.recv(10)
        got.append(data)
        print("reader callback", data)
        if data == b"stop":
            loop.remove_reader(left)
    loop.add_reader(left, on_readable)
    for word in (b"a", b"b", b"stop"):
        right.send(word)
        await asyncio.sleep(0)
        print("main after sending", word)
        await asyncio.sleep(0)
    right.send(b"ignored")
    await asyncio.sleep(0)
    print("got", got, "removing again:", loop.remove_reader(left))
    left.close()
    right.close()

asyncio.run(main())
'''


def test_socketpair_reader_callbacks_and_cancelled_recv(tmp_path):
    stdout, _, _ = assert_same(tmp_path, SOCKETPAIR_AND_CANCEL)
    assert "got [b'a', b'b', b'stop'] removing again: False" in stdout


STREAM_READER_ALONE = '''
import asyncio

async def main():
    reader = asyncio.StreamReader(limit=8)
    reader.feed_data(b"ab\\ncd")
    print(await reader.readline(), reader.at_eof())
    waiter = asyncio.create_task(reader.readexactly(6))
    await asyncio.sleep(0)
    reader.feed_data(b"ef")
    await asyncio.sleep(0)
    print("partial wait:", waiter.done())
    reader.feed_data(b"gh")
    print(await waiter)
    try:
        await asyncio.gather(reader.read(1), reader.read(1))
    except RuntimeError as exc:
        print(exc)
    reader.feed_data(b"1234567890")
    reader.feed_eof()
    await asyncio.sleep(0)
    print(await reader.read(3), await reader.read(), reader.at_eof(), await reader.readline())
    print(repr(asyncio.IncompleteReadError(b"xy", None)))

asyncio.run(main())
'''


def test_stream_reader_without_a_socket(tmp_path):
    stdout, _, _ = assert_same(tmp_path, STREAM_READER_ALONE)
    assert "readexactly() called while another coroutine" not in stdout
    assert "read() called while another coroutine is already waiting for incoming data" in stdout


# ---------------------------------------------------------------------------- in-process, virtual time

def run_on_tinyloop(coro_function):
    loop = EventLoop()
    try:
        return loop.run_until_complete(coro_function(loop)), loop.time()
    finally:
        loop.close()


async def close_all(writers):
    for writer in writers:
        writer.close()
        await writer.wait_closed()


def test_timeouts_on_a_silent_server_take_virtual_time_only():
    async def scenario(loop):
        accepted = []
        server = await start_server(lambda r, w: accepted.append(w), "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        reader, writer = await open_connection("127.0.0.1", port)
        events = []
        for timeout in (1.5, 30.0):
            try:
                await wait_for(reader.read(1), timeout)
            except TimeoutError:
                events.append(("timeout", loop.time()))
        await close_all([writer, *accepted])
        server.close()
        return events

    events, end = run_on_tinyloop(scenario)
    assert events == [("timeout", 1.5), ("timeout", 31.5)]
    assert end == 31.5


def test_sock_calls_refuse_blocking_sockets_in_debug_mode_only_and_fds_owned_by_a_transport():
    async def scenario(loop):
        left, right = socket.socketpair()
        with left, right:
            right.sendall(b"ab")
            assert await loop.sock_recv(left, 1) == b"a"   # as asyncio: a plain (blocking) recv
            loop.set_debug(True)
            with pytest.raises(ValueError, match="the socket must be non-blocking"):
                await loop.sock_recv(left, 1)
            loop.set_debug(False)
        accepted = []
        server = await start_server(lambda r, w: accepted.append(w), "127.0.0.1", 0)
        reader, writer = await open_connection("127.0.0.1", server.sockets[0].getsockname()[1])
        fd = writer.get_extra_info("socket").fileno()
        with pytest.raises(RuntimeError, match="is used by transport"):
            loop.add_reader(fd, print)
        writer.close()
        loop.add_reader(fd, print)  # a closing transport no longer owns its fd
        loop.remove_reader(fd)
        await close_all([writer, *accepted])
        server.close()
        return "ok"

    assert run_on_tinyloop(scenario)[0] == "ok"


def test_a_lone_client_waiting_for_data_is_not_a_deadlock_but_an_idle_loop_is():
    async def scenario(loop):
        reader = StreamReader(loop=loop)
        await reader.read()   # nothing will ever feed it: no fd, no timer

    with pytest.raises(exceptions.Deadlock, match=r"StreamReader\.read\(\)"):
        run_on_tinyloop(scenario)


@pytest.mark.filterwarnings("ignore:unclosed <StreamWriter:ResourceWarning")
@pytest.mark.parametrize("version", ["3.12", "3.13"])
def test_a_dropped_client_writer_closes_its_connection_and_a_server_writer_until_3_13(version):
    # asyncio's StreamWriter.__del__ closes an open transport; up to 3.12 the server side's writer is
    # held by its protocol until the connection is lost, so a handler that just returns keeps it open;
    # 3.13's protocol does not hold it, so it goes (and closes the connection) with the handler.
    async def scenario(loop):
        seen = []

        async def handle(reader, writer):
            writer.write(b"hi\n")
            seen.append(await reader.read())
            writer.close()

        server = await start_server(handle, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]

        async def ask():
            reader, writer = await open_connection("127.0.0.1", port)
            writer.write(b"question")
            return await reader.readline()

        assert await ask() == b"hi\n"
        await sleep_until(lambda: seen)
        assert seen == [b"question"]   # the client's writer was collected: EOF reached the server

        server_writers = []

        async def silent_handler(reader, writer):
            writer.write(b"hello\n")
            server_writers.append(weakref.ref(writer))

        server2 = await start_server(silent_handler, "127.0.0.1", 0)
        reader, writer = await open_connection("127.0.0.1", server2.sockets[0].getsockname()[1])
        assert await reader.readline() == b"hello\n"
        if version == "3.13":
            assert await wait_for(reader.read(), 1.0) == b""   # the handler's writer went, and closed it
            assert server_writers[0]() is None
            await close_all([writer])
        else:
            with pytest.raises(TimeoutError):
                await wait_for(reader.read(), 1.0)   # still open although the handler returned
            server_writer = server_writers[0]()
            assert server_writer is not None
            await close_all([writer, server_writer])
        for one in (server, server2):
            one.close()
        return "ok"

    tinyloop.versions.model(version)
    try:
        assert run_on_tinyloop(scenario)[0] == "ok"
    finally:
        tinyloop.versions.model(None)


async def sleep_until(condition):
    from quizzer.tinyloop.tasks import sleep
    for _ in range(1000):
        if condition():
            return
        await sleep(0.001)
    raise AssertionError("condition never became true")


def test_stream_classes_and_the_loop_carry_asyncio_names():
    from quizzer.tinyloop.io.servers import Server
    from quizzer.tinyloop.io.streams import StreamWriter
    from quizzer.tinyloop.io.transports import SocketTransport, TransportSocket
    names = {cls: f"{cls.__module__}.{cls.__qualname__}"
             for cls in (EventLoop, TransportSocket, Server, SocketTransport, StreamReader, StreamWriter)}
    assert names == {
        EventLoop: "asyncio.unix_events._UnixSelectorEventLoop",
        TransportSocket: "asyncio.trsock.TransportSocket",
        Server: "asyncio.base_events.Server",
        SocketTransport: "asyncio.selector_events._SelectorSocketTransport",
        StreamReader: "asyncio.streams.StreamReader",
        StreamWriter: "asyncio.streams.StreamWriter",
    }


def test_transport_socket_refuses_blocking_modes_like_asyncio():
    from quizzer.tinyloop.io.transports import TransportSocket
    left, right = socket.socketpair()
    with left, right:
        sock = TransportSocket(left)
        assert sock.gettimeout() == 0
        sock.settimeout(0)
        sock.setblocking(False)
        with pytest.raises(ValueError, match="only 0 timeout is allowed"):
            sock.settimeout(1)
        with pytest.raises(ValueError, match="cannot be blocking"):
            sock.setblocking(True)
        with pytest.raises(TypeError, match="Cannot serialize"):
            sock.__getstate__()
        with pytest.raises(AttributeError):
            sock.close()


def test_datagram_sock_calls_wait_for_readiness():
    async def scenario(loop):
        a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        with a, b:
            for s in (a, b):
                s.bind(("127.0.0.1", 0))
                s.setblocking(False)
            pending = loop.create_task(loop.sock_recvfrom(b, 10))
            await loop.sock_sendto(a, b"ping", b.getsockname())
            data, address = await pending
            assert (data, address) == (b"ping", a.getsockname())
            await loop.sock_sendto(a, b"pong!", b.getsockname())
            buf = bytearray(8)
            assert await loop.sock_recvfrom_into(b, buf, 3) == (3, a.getsockname())
            assert bytes(buf[:3]) == b"pon"
        return "ok"

    assert run_on_tinyloop(scenario)[0] == "ok"


def test_a_socket_closed_while_watched_is_still_found_by_remove_reader():
    async def scenario(loop):
        a, b = socket.socketpair()
        with b:
            loop.add_reader(a, print)
            a.close()
            assert loop.remove_reader(a) is True   # found by identity, as asyncio's selector does
            with pytest.raises(ValueError, match="Invalid file descriptor: -1"):
                loop.remove_reader(a)              # no longer registered: fileno() -1 is invalid
        return loop._fileobjs

    assert run_on_tinyloop(scenario)[0] == {}      # the registry does not keep sockets alive


def test_open_connection_checks_the_socket_type_and_takes_ssl_false():
    async def scenario(loop):
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
            with pytest.raises(ValueError, match="A Stream Socket was expected"):
                await open_connection(sock=udp)
        with pytest.raises(TypeError, match="ssl argument must be an SSLContext or None"):
            await start_server(print, "127.0.0.1", 0, ssl=False)
        with pytest.raises(ConnectionRefusedError):
            await open_connection("127.0.0.1", 9, ssl=False)   # plain TCP, refused
        return "ok"

    assert run_on_tinyloop(scenario)[0] == "ok"


# ---------------------------------------------------------------------------- protocols


PROTOCOLS = TICKER + '''
class Echo(asyncio.Protocol):
    def connection_made(self, transport):
        print(ticks, "S: connection_made", type(transport).__name__,
              isinstance(transport, asyncio.Transport))
        self.transport = transport
        transport.set_write_buffer_limits(high=4)

    def data_received(self, data):
        print(ticks, "S: data_received", data)
        self.transport.write(data.upper())

    def pause_writing(self):
        print(ticks, "S: pause_writing")

    def resume_writing(self):
        print(ticks, "S: resume_writing")

    def eof_received(self):
        print(ticks, "S: eof_received")
        self.transport.write(b"bye")
        self.transport.close()

    def connection_lost(self, exc):
        print(ticks, "S: connection_lost", exc)


class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done

    def connection_made(self, transport):
        print(ticks, "C: connection_made")
        transport.write(b"hello")
        self.transport = transport

    def data_received(self, data):
        print(ticks, "C: data_received", data)
        if data == b"HELLO":
            self.transport.write_eof()

    def eof_received(self):
        print(ticks, "C: eof_received -> close")
        return False

    def connection_lost(self, exc):
        print(ticks, "C: connection_lost", exc)
        self.done.set_result(None)


class Broken(asyncio.Protocol):
    def data_received(self, data):
        raise ValueError("bad data")

    def connection_lost(self, exc):
        print(ticks, "B: connection_lost", repr(exc))


async def main():
    tick_task = asyncio.create_task(ticker())
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Echo, "127.0.0.1", 0)
    print(ticks, "serving", server.is_serving(), isinstance(server, asyncio.AbstractServer))
    port = server.sockets[0].getsockname()[1]
    done = loop.create_future()
    transport, protocol = await loop.create_connection(lambda: Client(done), "127.0.0.1", port)
    print(ticks, "main: connected", type(protocol).__name__, transport.get_protocol() is protocol)
    await done
    print(ticks, "main: client done", transport.is_closing())
    server.close()
    await server.wait_closed()
    broken = await loop.create_server(Broken, "127.0.0.1", 0)
    transport, _ = await loop.create_connection(asyncio.Protocol, "127.0.0.1",
                                                broken.sockets[0].getsockname()[1])
    transport.write(b"x")
    for _ in range(10):
        await asyncio.sleep(0)
    transport.close()
    broken.close()
    tick_task.cancel()

asyncio.run(main())
'''


def test_protocols_get_their_callbacks_in_asyncio_order(tmp_path):
    stdout, code, _ = assert_same(tmp_path, PROTOCOLS)
    assert code == 0
    assert "S: eof_received" in stdout and "B: connection_lost ValueError('bad data')" in stdout


def test_pipe_transports_over_a_socket_are_unsupported_not_refused():
    """asyncio's pipe transports also take a socket or a character device, which tinyloop does not model: it
    must say so rather than raise the ValueError asyncio keeps for a regular file."""
    loop = EventLoop()
    mine, other = socket.socketpair()
    try:
        for connect in ("connect_read_pipe", "connect_write_pipe"):
            with pytest.raises(exceptions.Unsupported, match=f"^loop.{connect}\\(\\) over a socket"):
                loop.run_until_complete(getattr(loop, connect)(tinyloop.Protocol, mine))
    finally:
        mine.close()
        other.close()
        loop.close()


def test_debug_log_of_io_is_unsupported_only_where_it_would_show():
    """asyncio's debug mode logs its I/O at INFO and DEBUG on the "asyncio" logger, which tinyloop does not model:
    a program that lets those messages through is refused; with the logger at its default level (WARNING) the
    same program runs."""
    import logging

    async def serve_and_connect():
        server = await start_server(lambda reader, writer: writer.close(), "127.0.0.1", 0)
        reader, writer = await open_connection("127.0.0.1", server.sockets[0].getsockname()[1])
        writer.close()
        server.close()
        return "ran"

    logger = logging.getLogger("asyncio")
    saved = logger.level
    try:
        for level, refused in ((logging.WARNING, False), (logging.INFO, True)):
            logger.setLevel(level)
            loop = EventLoop()
            loop.set_debug(True)
            try:
                if refused:
                    with pytest.raises(exceptions.Unsupported, match="^a server in debug mode"):
                        loop.run_until_complete(serve_and_connect())
                else:
                    assert loop.run_until_complete(serve_and_connect()) == "ran"
            finally:
                loop.close()
    finally:
        logger.setLevel(saved)
