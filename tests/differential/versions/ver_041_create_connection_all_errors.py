# changes: create_connection_all_errors
# 3.12: create_connection(..., all_errors=True) (and open_connection) raise every failed attempt
# together, in an ExceptionGroup, instead of one OSError.
import asyncio
import socket


async def main():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]   # nothing listens there
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except OSError as error:
        print("plain:", type(error).__name__)
    try:
        try:
            await asyncio.open_connection("127.0.0.1", port, all_errors=True)
        except* ConnectionRefusedError as group:
            print("all_errors:", type(group).__name__, group.message, len(group.exceptions))
    except TypeError as error:
        print("TypeError:", error)


asyncio.run(main())
