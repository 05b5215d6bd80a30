import asyncio
import os


async def main():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    os.set_blocking(r, False)
    got = asyncio.Queue()

    def on_readable():
        data = os.read(r, 100)
        print("callback read", data)
        if not data:
            loop.remove_reader(r)
        got.put_nowait(data)

    loop.add_reader(r, on_readable)
    loop.call_later(0.01, os.write, w, b"first")
    print("got", await got.get())
    os.write(w, b"second")
    os.write(w, b"third")
    print("got", await got.get())
    os.close(w)
    print("got", await got.get())
    print("remove_reader after:", loop.remove_reader(r))
    os.close(r)


asyncio.run(main())
