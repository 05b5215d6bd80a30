"""A JSON-lines RPC server; three clients send requests concurrently."""
import asyncio
import json


async def handle(reader, writer):
    async for line in reader:
        req = json.loads(line)
        await asyncio.sleep(req.get("cost", 0))
        if req["op"] == "add":
            resp = {"id": req["id"], "result": sum(req["args"])}
        else:
            resp = {"id": req["id"], "error": f"unknown op {req['op']}"}
        writer.write((json.dumps(resp) + "\n").encode())
    writer.close()


async def client(port, name, requests):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for req in requests:
        writer.write((json.dumps(req) + "\n").encode())
        resp = json.loads(await reader.readline())
        print(f"{name}: {resp}")
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        await asyncio.gather(
            client(port, "A", [{"id": 1, "op": "add", "args": [1, 2], "cost": 0.03}]),
            client(port, "B", [{"id": 2, "op": "add", "args": [10, 20, 30], "cost": 0.01},
                               {"id": 3, "op": "mul", "args": [2, 3], "cost": 0.01}]),
            client(port, "C", [{"id": 4, "op": "add", "args": [], "cost": 0.045}]),
        )
    print("all clients done")


asyncio.run(main())
