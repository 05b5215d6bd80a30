# changes: unix_server_cleans_up_socket
# 3.13: closing a Unix socket server removes its socket file, unless it was made with cleanup_socket=False;
# up to 3.12 the file stays, and create_unix_server does not take the argument (a TypeError).
import asyncio
import os
import tempfile


async def handle(reader, writer):
    writer.close()


async def main():
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "server.sock")
    server = await asyncio.start_unix_server(handle, path)
    print("while serving:", os.path.exists(path))
    server.close()
    await server.wait_closed()
    print("after close:", os.path.exists(path))
    try:
        kept = await asyncio.start_unix_server(handle, path, cleanup_socket=False)
    except TypeError as exc:
        print("TypeError:", exc)
    else:
        kept.close()
        await kept.wait_closed()
        print("after close with cleanup_socket=False:", os.path.exists(path))
    for name in os.listdir(folder):
        os.unlink(os.path.join(folder, name))
    os.rmdir(folder)


asyncio.run(main())
