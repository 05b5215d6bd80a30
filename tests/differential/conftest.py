"""The `corpus` fixture: see corpus_runs.py."""

from pathlib import Path

import pytest

from .corpus_runs import KINDS, Corpus


@pytest.fixture(scope="session")
def corpus(request):
    """The corpus's runs for the tests selected in this session (see `uses_corpus`), prefetched in run order."""
    wanted: dict[str, list[Path]] = {kind: [] for kind in KINDS}
    for item in request.session.items:
        marker = item.get_closest_marker("uses_corpus")
        callspec = getattr(item, "callspec", None)
        path = callspec.params.get("path") if callspec else None
        if marker is None or not isinstance(path, Path):
            continue
        for kind in marker.args:
            if path not in wanted[kind]:
                wanted[kind].append(path)
    runs = Corpus(wanted)
    yield runs
    runs.close()
