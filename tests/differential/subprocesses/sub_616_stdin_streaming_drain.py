"""Stream numbers into a child's stdin with write() and drain(), close it, then read the child's answer."""
import asyncio
import sys

SUMMER = "import sys; numbers = [int(line) for line in sys.stdin]; print(len(numbers), sum(numbers))"


async def main():
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", SUMMER, stdin=asyncio.subprocess.PIPE,
                                                stdout=asyncio.subprocess.PIPE)
    for number in range(1, 2001):
        proc.stdin.write(f"{number}\n".encode())
        await proc.stdin.drain()
    proc.stdin.close()
    await proc.stdin.wait_closed()
    print("child says:", (await proc.stdout.read()).decode().strip())
    print("exit", await proc.wait())


asyncio.run(main())
