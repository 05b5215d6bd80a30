"""A toy HTTP server and client over streams: request line, headers, body."""
import asyncio

ROUTES = {"/": b"<h1>home</h1>", "/api/users": b'["ann", "bob"]'}


async def handle(reader, writer):
    request_line = (await reader.readline()).decode().strip()
    method, path, _ = request_line.split()
    headers = {}
    while (line := await reader.readline()) not in (b"\r\n", b""):
        k, v = line.decode().rstrip("\r\n").split(": ", 1)
        headers[k.lower()] = v
    body = ROUTES.get(path)
    status = "200 OK" if body is not None else "404 Not Found"
    body = body or b"not found"
    print(f"server: {method} {path} -> {status} (host={headers.get('host')})")
    writer.write(f"HTTP/1.1 {status}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body)
    await writer.drain()
    writer.close()


async def get(port, path):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"GET {path} HTTP/1.1\r\nHost: localhost\r\nUser-Agent: toy\r\n\r\n".encode())
    status = (await reader.readline()).decode().strip()
    length = 0
    while (line := await reader.readline()) != b"\r\n":
        if line.lower().startswith(b"content-length"):
            length = int(line.split(b":")[1])
    body = await reader.readexactly(length)
    writer.close()
    await writer.wait_closed()
    return status, body


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        for path in ["/", "/api/users", "/missing"]:
            status, body = await get(port, path)
            print(f"client: {path} -> {status} {body!r}")


asyncio.run(main())
