"""The worker's own bookkeeping of cells (`quizzer.sandbox.forkserver`), where no jail is needed to see it."""

import selectors
import socket

from quizzer.sandbox import forkserver


def test_a_cell_forgotten_at_its_batchs_end_is_forgotten_once():
    """One round of the worker's events can bring a batch's end and word from one of its cells (its `idle`, or its
    exit), the end first: the worker forgot the cell at the end and must not fail on the word after it. (It did:
    the worker died, and every run in flight in it with it.)"""
    server = forkserver.ForkServer.__new__(forkserver.ForkServer)  # its bookkeeping only: no signals, no jail
    server.selector = selectors.DefaultSelector()
    server.cells = {}
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    cell = forkserver.Cell(0, ours, b"author")
    server.cells[b"author"] = [cell]
    server.selector.register(ours, selectors.EVENT_READ, lambda: server.hear_from(cell))
    theirs.send(b"idle")
    theirs.close()
    events = server.selector.select(0)
    assert [key.fileobj for key, _ in events] == [ours]
    server.retire_cells(b"author")  # the batch's end, first in the round
    for key, _ in events:
        key.data()
    assert server.cells == {} and ours.fileno() == -1
    assert server.selector.get_map() == {}
