# changes: server_writer_not_kept
# 3.13: a start_server writer that the handler leaves only in a reference cycle is freed by the garbage
# collector (a weak reference to it dies) and closes the connection; up to 3.12 its protocol keeps it
# alive, weak reference and connection included.
import asyncio
import gc
import weakref

# Only the collections the program asks for: an automatic one, whenever the allocations so far call for it,
# could free a cycle before the line that shows it is still there.
gc.disable()

watched = []


class Client:
    def __init__(self, writer):
        self.writer = writer
        self.me = self  # a cycle: freed only by the garbage collector


async def handle(reader, writer):
    watched.append(weakref.ref(writer))
    Client(writer)
    del writer
    await asyncio.sleep(0.05)
    gc.collect()
    print("server: writer alive after collecting:", watched[0]() is not None)


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        print("client:", await asyncio.wait_for(reader.read(), 0.2))
    except TimeoutError:
        print("client: still open")
    writer.close()
    await writer.wait_closed()
    server.close()


asyncio.run(main())
