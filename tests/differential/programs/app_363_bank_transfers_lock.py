"""Concurrent bank transfers: per-account locks taken in a fixed order keep balances right."""
import asyncio


class Account:
    def __init__(self, name, balance):
        self.name, self.balance = name, balance
        self.lock = asyncio.Lock()


async def transfer(src, dst, amount, delay):
    await asyncio.sleep(delay)
    first, second = sorted([src, dst], key=lambda a: a.name)
    async with first.lock, second.lock:
        if src.balance < amount:
            print(f"declined {src.name}->{dst.name} {amount} (balance {src.balance})")
            return False
        src.balance -= amount
        await asyncio.sleep(0.01)   # talking to the ledger
        dst.balance += amount
        print(f"moved {amount} {src.name}->{dst.name}")
        return True


async def main():
    a, b, c = Account("alice", 100), Account("bob", 50), Account("carol", 0)
    results = await asyncio.gather(
        transfer(a, b, 30, 0), transfer(b, c, 70, 0.001), transfer(c, a, 20, 0.02),
        transfer(a, c, 80, 0.025), transfer(b, a, 10, 0.03))
    print("results:", results)
    print({x.name: x.balance for x in (a, b, c)}, "total", a.balance + b.balance + c.balance)


asyncio.run(main())
