"""TaskGroup fan-out/fan-in where one task fails and the siblings get cancelled."""
import asyncio

cancelled_users = []


async def fetch_user(uid):
    try:
        await asyncio.sleep(0.01 * uid)
        if uid == 3:
            raise LookupError(f"user {uid} not found")
        print(f"fetched user {uid}")
        return {"id": uid}
    except asyncio.CancelledError:
        cancelled_users.append(uid)   # the order siblings are cancelled in is not defined
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(fetch_user(uid)) for uid in range(1, 6)]
        print("all users:", [t.result() for t in tasks])
    except* LookupError as eg:
        for exc in eg.exceptions:
            print("error:", exc)
    print("cancelled fetches:", sorted(cancelled_users))
    print("done:", [t.done() for t in tasks])
    print("cancelled:", [t.cancelled() for t in tasks])


asyncio.run(main())
