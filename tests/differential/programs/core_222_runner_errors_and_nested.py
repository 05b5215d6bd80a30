import asyncio


async def fails():
    raise KeyError("inside runner")


async def nested(runner):
    c = fails()
    try:
        runner.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    return asyncio.current_task().get_name()


runner = asyncio.Runner(debug=False)
print(runner.run(nested(runner)))
try:
    runner.run(fails())
except KeyError as e:
    print("KeyError:", e)
print(runner.get_loop().get_debug())
runner.close()
runner.close()
try:
    runner.get_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
with asyncio.Runner() as r2:
    r2.run(fails())
