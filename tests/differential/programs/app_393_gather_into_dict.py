"""Fetch several resources concurrently and build a dict from the gathered results."""
import asyncio

PRICES = {"AAPL": 190.5, "MSFT": 410.25, "GOOG": 140.0, "NVDA": 880.75}


async def quote(symbol):
    await asyncio.sleep(len(symbol) * 0.005 + (0.01 if symbol == "GOOG" else 0))
    print(f"quote for {symbol} arrived")
    return PRICES[symbol]


async def main():
    symbols = sorted(PRICES)
    prices = dict(zip(symbols, await asyncio.gather(*map(quote, symbols))))
    print(prices)
    total = sum(await asyncio.gather(*(quote(s) for s in symbols if s != "NVDA")))
    print(f"portfolio value without NVDA: {total:.2f}")
    expensive = [s async for s in _expensive(symbols, 200)]
    print("expensive:", expensive)


async def _expensive(symbols, limit):
    for s in symbols:
        if await quote(s) > limit:
            yield s


asyncio.run(main())
