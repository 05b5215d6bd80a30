"""quizzer as a wheel, built from the package that is running, for an autograder to install offline.

An autograder must install the very quizzer the instructor built it with (the same grading rules and
answer keys), without a network path to this machine and whether quizzer came from PyPI, a wheel or
an editable checkout. The installed package holds everything a wheel needs: its modules and data
(the bundled bank, from the checkout when installed in editable mode) and its metadata. `write_wheel`
packs any such set of files as a wheel (PEP 427: a zip with a `.dist-info` folder whose RECORD lists
every file's hash), byte for byte the same on every run.
"""

from __future__ import annotations

import base64
import hashlib
import io
import zipfile
from pathlib import Path

from quizzer.atomic import atomic_write_bytes

# Every member gets this time stamp (zip's earliest), so the same files always give the same bytes.
_EPOCH = (1980, 1, 1, 0, 0, 0)


def write_zip(path: Path, members: dict, executable=()) -> None:
    """Write a zip of `members` (name -> text or bytes) atomically, byte for byte the same for the same members;
    the names in `executable` get mode 755."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(members):
            info = zipfile.ZipInfo(name, _EPOCH)
            info.external_attr = (0o755 if name in executable else 0o644) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            content = members[name]
            archive.writestr(info, content.encode() if isinstance(content, str) else content)
    atomic_write_bytes(path, buffer.getvalue())


def write_wheel(folder: Path, filename: str, members: dict[str, bytes], dist_info: str) -> Path:
    """Write `members` (archive path -> content) as `folder/filename`, adding `dist_info`/RECORD."""
    record_path = f"{dist_info}/RECORD"
    lines = []
    for name in sorted(members):
        digest = base64.urlsafe_b64encode(hashlib.sha256(members[name]).digest()).rstrip(b"=").decode()
        lines.append(f"{name},sha256={digest},{len(members[name])}")
    lines.append(f"{record_path},,")
    path = folder / filename
    write_zip(path, {**members, record_path: ("\n".join(lines) + "\n").encode()})
    return path


def quizzer_wheel(folder: Path) -> Path:
    """A wheel of the running quizzer (`quizzer-VERSION-py3-none-any.whl`) in `folder`."""
    from importlib import metadata

    import quizzer
    from quizzer.bank.locate import default_bank_path

    package = Path(quizzer.__file__).resolve().parent
    members = {f"quizzer/{path.relative_to(package).as_posix()}": path.read_bytes()
               for path in sorted(package.rglob("*"))
               if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"}
    bank = default_bank_path()
    if bank.parent != package:   # an editable install: the bank is at the top of the checkout
        members.update({f"quizzer/question_bank/{path.name}": path.read_bytes()
                        for path in sorted(bank.glob("*.yaml"))})
    version = quizzer.__version__
    dist_info = f"quizzer-{version}.dist-info"
    members[f"{dist_info}/METADATA"] = _metadata(metadata.metadata("quizzer")).encode()
    members[f"{dist_info}/WHEEL"] = b"Wheel-Version: 1.0\nGenerator: quizzer\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    members[f"{dist_info}/entry_points.txt"] = metadata.distribution("quizzer").read_text("entry_points.txt").encode()
    return write_wheel(folder, f"quizzer-{version}-py3-none-any.whl", members, dist_info)


def _metadata(installed) -> str:
    """The core metadata an installer needs: name, version, Python and the runtime requirements (no extras)."""
    lines = ["Metadata-Version: 2.1", f"Name: {installed['Name']}", f"Version: {installed['Version']}",
             f"Summary: {installed['Summary']}", f"Requires-Python: {installed['Requires-Python']}"]
    lines += [f"Requires-Dist: {requirement}" for requirement in installed.get_all("Requires-Dist") or []
              if "extra ==" not in requirement]
    return "\n".join(lines) + "\n"
