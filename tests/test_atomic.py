"""An atomic write survives a power cut: the data reaches the disk before the rename, the rename after it."""

import os

from quizzer.atomic import atomic_write_text


def _record_disk_calls(monkeypatch, path):
    """Log, in order: fsync of the new file, the rename over `path`, fsync of `path`'s folder."""
    events = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        target = os.readlink(f"/proc/self/fd/{fd}")
        events.append(("fsync folder" if os.path.isdir(target) else "fsync file", target))
        real_fsync(fd)

    def replace(source, destination):
        events.append(("rename", str(destination)))
        real_replace(source, destination)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    return events


def test_the_new_content_is_on_disk_before_the_rename_and_the_rename_after_the_call(tmp_path, monkeypatch):
    target = tmp_path / "answers.yaml"
    target.write_text("old\n")
    events = _record_disk_calls(monkeypatch, target)
    atomic_write_text(target, "new\n")
    assert [kind for kind, _ in events] == ["fsync file", "rename", "fsync folder"]
    assert os.path.basename(events[0][1]).startswith(".answers.yaml.")   # the temporary file, before its rename
    assert events[2][1] == str(tmp_path)
    assert target.read_text() == "new\n"


def test_a_recomputable_file_can_skip_the_flushes(tmp_path, monkeypatch):
    target = tmp_path / "key.json"
    events = _record_disk_calls(monkeypatch, target)
    atomic_write_text(target, "{}", durable=False)
    assert [kind for kind, _ in events] == ["rename"]
    assert target.read_text() == "{}"


def test_a_lone_surrogate_is_written_as_its_escape_and_json_reads_it_back(tmp_path):
    import json

    text = json.dumps({"student": "mallory\ud800"}, ensure_ascii=False)
    atomic_write_text(tmp_path / "results.json", text)
    assert (tmp_path / "results.json").read_bytes() == b'{"student": "mallory\\ud800"}'
    assert json.loads((tmp_path / "results.json").read_text()) == {"student": "mallory\ud800"}
