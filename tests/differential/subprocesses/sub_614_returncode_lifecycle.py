"""returncode is None while the child runs, and set once wait() returns; wait() again returns at once."""
import asyncio
import sys


async def main():
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", "import sys, time; time.sleep(0.3); sys.exit(3)")
    print("running:", proc.returncode)
    print("wait:", await proc.wait())
    print("returncode:", proc.returncode)
    print("wait again:", await proc.wait())


asyncio.run(main())
