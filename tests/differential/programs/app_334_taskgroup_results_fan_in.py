"""TaskGroup fan-out over shards, then fan-in of the partial sums."""
import asyncio


async def sum_shard(shard_id, numbers):
    total = 0
    for i, n in enumerate(numbers):
        total += n
        if i % 2:
            await asyncio.sleep(0.005 * (shard_id + 1))
    print(f"shard {shard_id}: {len(numbers)} numbers, sum {total}")
    return total


async def main():
    data = list(range(1, 25))
    shards = [data[i::4] for i in range(4)]
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(sum_shard(i, s), name=f"shard-{i}") for i, s in enumerate(shards)]
        print("spawned", [t.get_name() for t in tasks])
    partial = [t.result() for t in tasks]
    print("partial sums:", partial)
    print("total:", sum(partial), "check:", sum(data))


asyncio.run(main())
