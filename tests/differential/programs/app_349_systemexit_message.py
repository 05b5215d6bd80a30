"""A CLI-style program that validates input and bails out with sys.exit("message")."""
import asyncio
import sys


async def validate(records):
    for i, rec in enumerate(records):
        await asyncio.sleep(0.01)
        if "id" not in rec:
            sys.exit(f"record {i} has no id")
        print(f"record {i} ok: {rec['id']}")


async def main():
    try:
        await validate([{"id": 7}, {"id": 8}, {"name": "x"}, {"id": 9}])
    finally:
        print("closing files")


asyncio.run(main())
