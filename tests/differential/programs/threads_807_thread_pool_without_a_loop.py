"""concurrent.futures on its own, no event loop: jobs sleep in the pool's workers while the main thread sleeps
too; the prints follow the sleeps' ends (0.3 before 0.6, then 0.6 + 0.2 before 0.6 + 0.5)."""
import concurrent.futures
import time


def job(n):
    time.sleep(n)
    print("job", n, flush=True)
    return n


pool = concurrent.futures.ThreadPoolExecutor(2)
f = pool.submit(job, 0.3)
time.sleep(0.6)
print("main slept")
g = pool.submit(job, 0.5)
time.sleep(0.2)
print("main slept again")
print(g.result())
pool.shutdown()
