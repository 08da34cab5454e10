"""Output files: never the database, never left half-written.

An export is written to a temporary file beside the target and renamed over it once complete,
so a failure (a full disk, a killed process, an error reading the database) leaves the old
file, or none, in place. A target that is not a regular file (``/dev/stdout``, a pipe, a
device) is written directly, since it cannot be renamed over.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from dossier.errors import OutputError

# The files SQLite keeps for one database: writing over any of them corrupts it.
DATABASE_SUFFIXES = ("", "-wal", "-shm", "-journal")


def write_lines(target: Path, lines: Iterable[str], database: Path | None) -> None:
    """Write ``lines`` to ``target``, each followed by a newline; refuses the database."""
    refuse_database(target, database)
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise OutputError(f"{target}: cannot write: {exc.strerror}") from exc
    if mode is not None and stat.S_ISDIR(mode):
        raise OutputError(f"{target}: is a folder; give a file name")
    if mode is not None and not stat.S_ISREG(mode):
        _write_direct(target, lines)
    else:
        _write_replacing(target, lines, mode)


def refuse_database(target: Path, database: Path | None) -> None:
    """Refuse to write over the SQLite file ``database`` (None: the base is on a server)."""
    if database is None:
        return
    for suffix in DATABASE_SUFFIXES:
        part = database.with_name(database.name + suffix)
        if _same_file(target, part):
            raise OutputError(
                f"{target}: is the database {database} or one of its files; "
                "choose another output file"
            )


def _same_file(a: Path, b: Path) -> bool:
    if a.resolve() == b.resolve():
        return True
    try:
        return os.path.samefile(a, b)  # another name for it: a hard link, a bind mount
    except OSError:
        return False


def _write_direct(target: Path, lines: Iterable[str]) -> None:
    try:
        with target.open("w", encoding="utf-8") as stream:
            _write_all(stream, lines)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write: {exc.strerror or exc}") from exc


def _write_replacing(target: Path, lines: Iterable[str], mode: int | None) -> None:
    final = target.resolve()  # through a symbolic link: the link stays, its file is replaced
    if not final.parent.is_dir():
        raise OutputError(f"{target}: cannot write: no such folder {target.parent}")
    if mode is not None and not os.access(final, os.W_OK):  # a rename would ignore it
        raise OutputError(f"{target}: cannot write: permission denied")
    try:
        fd, name = tempfile.mkstemp(dir=final.parent, prefix=f".{final.name}.", suffix=".part")
    except OSError as exc:
        raise OutputError(f"{target}: cannot write: {exc.strerror or exc}") from exc
    temporary = Path(name)
    try:
        with open(fd, "w", encoding="utf-8") as handle:
            _write_all(handle, lines)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, stat.S_IMODE(mode) if mode is not None else _default_mode())
        os.replace(temporary, final)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        if isinstance(exc, OSError):
            raise OutputError(f"{target}: cannot write: {exc.strerror or exc}") from exc
        raise


def _write_all(stream: TextIO, lines: Iterable[str]) -> None:
    for line in lines:
        stream.write(line + "\n")


def _default_mode() -> int:
    """What ``open`` would give a new file: 0o666 less the umask (temporary files get 0o600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
