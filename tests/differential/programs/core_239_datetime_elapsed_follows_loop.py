import asyncio
import datetime
from datetime import date, timedelta


async def work(seconds):
    await asyncio.sleep(seconds)
    return seconds


async def main():
    start = datetime.datetime.now()
    utc_start = datetime.datetime.now(datetime.timezone.utc)
    await asyncio.gather(work(1.5), work(1.0))
    elapsed = datetime.datetime.now() - start
    print("elapsed seconds:", elapsed.seconds, round(elapsed.total_seconds(), 1))
    utc_elapsed = datetime.datetime.now(datetime.timezone.utc) - utc_start
    print("utc elapsed >= 1.5:", utc_elapsed >= timedelta(seconds=1.5))
    print(repr(datetime.datetime(2024, 2, 29, 12, 30)), datetime.date(2024, 1, 1) + timedelta(days=31))
    print(isinstance(datetime.datetime.now(), datetime.date), type(date.today()).__name__)
    try:
        datetime.datetime(2023, 2, 29)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
