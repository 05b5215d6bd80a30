"""A typo that nothing catches: the traceback's last line names what Python suggests instead, from the
coroutine's locals, the module's globals or the builtins (a NameError) or from dir() of the object (an
AttributeError). Python adds "Did you mean" when it displays an uncaught exception, on 3.11 too."""
import asyncio


class Download:
    def __init__(self, url):
        self.url = url
        self.bytes_received = 0


async def fetch(download):
    await asyncio.sleep(0.1)
    download.bytes_received += 512
    return download


async def main():
    downloads = [Download(f"http://127.0.0.1/{n}") for n in range(3)]
    finished = await asyncio.gather(*(fetch(d) for d in downloads))
    print("received:", [d.bytes_received for d in finished])
    try:
        print(len(dowloads))
    except NameError as error:
        print("caught:", type(error).__name__)
    total = sum(d.bytes_recieved for d in finished)
    print("total:", total)


asyncio.run(main())
