"""The returncode of a child killed by a signal is minus the signal number (kill, terminate, SIGUSR1); a Python
child that catches the KeyboardInterrupt SIGINT raises exits normally, with 0, after printing its goodbye."""
import asyncio
import signal
import sys

SLEEPER = "import time; time.sleep(30)"
CATCHER = """
import time
try:
    print('ready', flush=True)
    time.sleep(30)
except KeyboardInterrupt:
    print('child: interrupted')
"""


async def main():
    for how in ("kill", "terminate", "SIGUSR1"):
        proc = await asyncio.create_subprocess_exec(sys.executable, "-c", SLEEPER)
        await asyncio.sleep(0.3)
        if how == "kill":
            proc.kill()
        elif how == "terminate":
            proc.terminate()
        else:
            proc.send_signal(signal.SIGUSR1)
        print(how, "->", await proc.wait())
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", CATCHER, stdout=asyncio.subprocess.PIPE)
    print(await proc.stdout.readline())
    proc.send_signal(signal.SIGINT)
    out, _ = await proc.communicate()
    print("SIGINT ->", proc.returncode, out)


asyncio.run(main())
