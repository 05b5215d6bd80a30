# changes: writelines_takes_memoryviews
# 3.12: writelines() sends what it can at once and keeps the rest, but never calls the protocol's pause_writing();
# 3.11 joined the items and wrote them, which pauses the protocol before writelines() returns.
import asyncio


class Sender(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport

    def pause_writing(self):
        print("pause_writing, buffered", self.transport.get_write_buffer_size() > 0)

    def resume_writing(self):
        print("resume_writing")


async def main():
    got = []

    async def handle(reader, writer):
        await asyncio.sleep(0.3)
        data = await reader.read()
        got.append(len(data))
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    loop = asyncio.get_running_loop()
    transport, protocol = await loop.create_connection(Sender, "127.0.0.1", port)
    transport.writelines([b"a" * 12_000_000, bytearray(b"b" * 4_000_000)])
    print("after writelines, buffered:", transport.get_write_buffer_size() > 0)
    transport.write(b"c")
    print("after write")
    transport.write_eof()
    await asyncio.sleep(1)
    print("server got", got)
    transport.close()
    server.close()
    await server.wait_closed()


asyncio.run(main())
