import asyncio


async def handle(reader, writer):
    await reader.read()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for data in ("text", 42, [b"a"], None):
        try:
            writer.write(data)
        except TypeError as e:
            print("TypeError:", e)
    try:
        writer.writelines(["a", "b"])
    except TypeError as e:
        print("writelines TypeError:", e)
    writer.write(bytearray(b"ba"))
    writer.write(memoryview(b"mv"))
    t = writer.transport
    print(t.get_write_buffer_limits(), t.get_write_buffer_size())
    t.set_write_buffer_limits(high=100)
    print(t.get_write_buffer_limits())
    t.set_write_buffer_limits(low=10)
    print(t.get_write_buffer_limits())
    t.set_write_buffer_limits(high=8, low=2)
    print(t.get_write_buffer_limits())
    try:
        t.set_write_buffer_limits(high=1, low=2)
    except ValueError as e:
        print("ValueError:", e)
    try:
        t.set_write_buffer_limits(high=-4)
    except ValueError as e:
        print("ValueError:", e)
    print(t.is_reading(), t.is_closing())
    t.pause_reading()
    print(t.is_reading())
    t.resume_reading()
    print(t.is_reading())
    writer.write_eof()
    print(await reader.read())
    writer.close()
    print(t.is_reading(), t.is_closing())
    t.pause_reading()
    t.resume_reading()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
