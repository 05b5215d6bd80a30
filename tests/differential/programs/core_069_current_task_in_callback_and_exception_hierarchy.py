import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(lambda: fut.set_result(asyncio.current_task()))
    print("current_task inside a callback:", await fut)
    print("TimeoutError is builtin:", asyncio.TimeoutError is TimeoutError)
    print("CancelledError is Exception:", issubclass(asyncio.CancelledError, Exception))
    print("CancelledError is BaseException:", issubclass(asyncio.CancelledError, BaseException))
    print("IncompleteReadError is EOFError:", issubclass(asyncio.IncompleteReadError, EOFError))
    print("LimitOverrunError is Exception:", issubclass(asyncio.LimitOverrunError, Exception))
    print(asyncio.CancelledError.__module__, asyncio.CancelledError.__qualname__)
    print(asyncio.InvalidStateError.__module__, asyncio.QueueEmpty.__module__)
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    try:
        asyncio.current_task().cancel()
        await asyncio.sleep(0)
    except Exception:
        print("not reached: except Exception does not catch CancelledError")
    except BaseException as e:
        print("caught by BaseException:", type(e).__name__)
        asyncio.current_task().uncancel()


asyncio.run(main())
