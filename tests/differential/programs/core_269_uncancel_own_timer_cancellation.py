"""A task cancels itself with call_later and swallows that one cancellation with uncancel();
uncancel() never goes below zero; a pending cancellation uncancelled back to zero is still
delivered on 3.11 and 3.12, withdrawn from 3.13."""
import asyncio

async def main():
    task = asyncio.current_task()
    loop = asyncio.get_running_loop()
    h = loop.call_later(0.05, task.cancel)
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        if task.uncancel() == 0:
            print("own timeout, swallowed")
        else:
            raise
    print("cancelling", task.cancelling())
    task.cancel(); task.cancel()
    print("cancelling", task.cancelling())
    print(task.uncancel(), task.uncancel(), task.uncancel())
    try:
        await asyncio.sleep(0)
        print("no cancel delivered")
    except asyncio.CancelledError:
        print("cancel still delivered")
    print("end", task.cancelling())

asyncio.run(main())
