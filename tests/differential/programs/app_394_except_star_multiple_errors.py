"""A TaskGroup with two kinds of failures handled with separate except* clauses."""
import asyncio


async def validate(field, value, delay):
    await asyncio.sleep(delay)
    if value is None:
        raise ValueError(f"{field} is required")
    if not isinstance(value, int):
        raise TypeError(f"{field} must be an int, got {type(value).__name__}")
    print(f"{field} ok")


async def main():
    form = {"age": 42, "height": None, "weight": "heavy"}
    try:
        async with asyncio.TaskGroup() as tg:
            for i, (field, value) in enumerate(form.items()):
                tg.create_task(validate(field, value, 0.01))
    except* ValueError as eg:
        print("value errors:", sorted(str(e) for e in eg.exceptions))
    except* TypeError as eg:
        print("type errors:", sorted(str(e) for e in eg.exceptions))
    print("validation finished")


asyncio.run(main())
