"""print(transport) of both ends of a pipe (connect_read_pipe / connect_write_pipe): polling or idle
as reading is paused and resumed and as the write buffer fills and drains, closing, closed."""
import asyncio, os

class R(asyncio.Protocol):
    def connection_made(self, t): print("R made", t); self.t = t
    received = 0
    def data_received(self, d):
        if d == b"hello":
            print("R data", d, self.t)
        self.received += len(d)
    def eof_received(self): print("R eof", self.received, self.t)
    def connection_lost(self, e): print("R lost", e, self.t)

class W(asyncio.BaseProtocol):
    def connection_made(self, t): print("W made", t); self.t = t
    def connection_lost(self, e): print("W lost", e, self.t)
    def pause_writing(self): print("W pause", self.t.get_write_buffer_size() > 0)
    def resume_writing(self): print("W resume")

async def main():
    loop = asyncio.get_running_loop()
    rfd, wfd = os.pipe()
    rt, rp = await loop.connect_read_pipe(R, os.fdopen(rfd, "rb", 0))
    wt, wp = await loop.connect_write_pipe(W, os.fdopen(wfd, "wb", 0))
    print("R", rt); print("W", wt)
    wt.write(b"hello")
    await asyncio.sleep(0.01)
    rt.pause_reading()
    print("R paused", rt)
    wt.write(b"z" * 300_000)
    print("W full", str(wt).replace(str(wt.get_write_buffer_size()), "B"))
    rt.resume_reading()
    print("R resumed", rt)
    wt.close()
    print("W closing", str(wt).replace(str(wt.get_write_buffer_size()), "B"))
    await asyncio.sleep(0.5)
    print("R end", rt); print("W end", wt)

asyncio.run(main())
