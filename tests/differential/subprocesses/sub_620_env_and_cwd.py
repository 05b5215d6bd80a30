"""A child gets the environment and the working directory it is given."""
import asyncio
import os
import sys

SHOW = "import os; print(os.environ.get('GREETING'), os.environ.get('HOME') is None, os.getcwd())"


async def main():
    os.makedirs("work/inner", exist_ok=True)
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", SHOW, env={"GREETING": "hello"},
                                                cwd="work/inner", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    greeting, no_home, cwd = out.decode().split()
    print(greeting, no_home, cwd.endswith("work/inner"))


asyncio.run(main())
