"""A transport's write-buffer limits: the defaults, set_write_buffer_limits with high only, low only, both,
and a bad pair (ValueError message); get_write_buffer_size of a fresh connection."""
import asyncio


async def handle(reader, writer):
    await reader.read()
    writer.close()


async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    transport, _ = await loop.create_connection(asyncio.Protocol, "127.0.0.1", port)
    print("defaults:", transport.get_write_buffer_limits(), transport.get_write_buffer_size())
    transport.set_write_buffer_limits(high=1000)
    print("high=1000:", transport.get_write_buffer_limits())
    transport.set_write_buffer_limits(low=100)
    print("low=100:", transport.get_write_buffer_limits())
    transport.set_write_buffer_limits(high=50, low=10)
    print("50/10:", transport.get_write_buffer_limits())
    transport.set_write_buffer_limits(high=0)
    print("high=0:", transport.get_write_buffer_limits())
    for high, low in ((10, 20), (-1, None), (None, -5)):
        try:
            transport.set_write_buffer_limits(high=high, low=low)
        except ValueError as e:
            print("ValueError:", e)
    transport.close()
    server.close()
    await server.wait_closed()


asyncio.run(main())
