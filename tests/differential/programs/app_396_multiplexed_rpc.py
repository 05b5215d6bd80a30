"""Many requests over one connection: a reader task matches replies to futures by id."""
import asyncio


async def server_handle(reader, writer):
    async def answer(rid, delay):
        await asyncio.sleep(delay)
        writer.write(f"{rid} result-{rid}\n".encode())

    tasks = []
    while line := await reader.readline():
        rid, delay = line.decode().split()
        tasks.append(asyncio.create_task(answer(rid, float(delay))))
    await asyncio.gather(*tasks)
    writer.close()


class Client:
    def __init__(self, reader, writer):
        self.reader, self.writer = reader, writer
        self.pending = {}
        self.reader_task = asyncio.create_task(self._read_replies())

    async def _read_replies(self):
        while line := await self.reader.readline():
            rid, result = line.decode().split()
            print(f"  reply for {rid} arrived")
            self.pending.pop(rid).set_result(result)

    async def call(self, rid, delay):
        fut = asyncio.get_running_loop().create_future()
        self.pending[rid] = fut
        self.writer.write(f"{rid} {delay}\n".encode())
        return await fut


async def main():
    server = await asyncio.start_server(server_handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    client = Client(*await asyncio.open_connection("127.0.0.1", port))
    results = await asyncio.gather(client.call("a", 0.04), client.call("b", 0.01), client.call("c", 0.025))
    print("results in call order:", results)
    client.writer.close()
    await client.reader_task
    server.close()
    await server.wait_closed()


asyncio.run(main())
