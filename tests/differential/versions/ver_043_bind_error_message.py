# changes: bind_error_names_errno
# 3.13: a server that cannot bind says "[errno 98] address already in use" (the OSError's str),
# where 3.11 and 3.12 said "address already in use" (its strerror).
import asyncio


async def handle(reader, writer):
    writer.close()


async def main():
    first = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = first.sockets[0].getsockname()[1]
    try:
        await asyncio.start_server(handle, "127.0.0.1", port, reuse_address=False)
    except OSError as error:
        print(error.errno == 98, str(error).replace(str(port), "PORT"))
    first.close()
    await first.wait_closed()


asyncio.run(main())
