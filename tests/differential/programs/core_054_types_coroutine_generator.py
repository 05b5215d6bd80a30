import asyncio
import types


@types.coroutine
def bare_yield(name):
    print(name, "yielding")
    yield
    print(name, "resumed")
    return name


@types.coroutine
def wait_future(fut):
    return (yield from fut)


async def other():
    print("other runs")


async def main():
    asyncio.create_task(other())
    print(await bare_yield("g"))
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_result, "from fut")
    print(await wait_future(fut))


asyncio.run(main())
