# changes: writelines_takes_memoryviews
# 3.12: StreamWriter.writelines() takes each item as a memoryview, so a str item fails with
# memoryview's error, and after write_eof() the error names writelines(); 3.11 joined the items.
import asyncio


async def handle(reader, writer):
    print("server got", await reader.read())
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.writelines(["text", b"bytes"])
    except TypeError as error:
        print("TypeError:", error)
    writer.writelines([b"one ", bytearray(b"two ")])
    writer.write_eof()
    try:
        writer.writelines([b"late"])
    except RuntimeError as error:
        print("RuntimeError:", error)
    await asyncio.sleep(0.05)
    writer.close()
    await writer.wait_closed()
    server.close()


asyncio.run(main())
