"""Writing a folder export: never half-written, never over anything but an earlier export.

The files are written into a temporary folder beside the target, with a manifest
(``export.json``: the format, its version, each file and its row count) written last, then
the folder is renamed into place. A target that exists must be an empty folder or an earlier
export (a folder with a manifest), which is replaced whole; a file, or a folder holding
anything else, is refused, so an export never deletes what it did not write. A failure leaves
the earlier export, or nothing, in place.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from dossier.errors import OutputError

MANIFEST = "export.json"


def write_folder(
    target: Path, write: Callable[[Path], dict[str, int]], about: dict[str, object]
) -> dict[str, int]:
    """Fill a new folder with ``write`` and put it at ``target``; returns what was written."""
    final = _checked(target)
    try:
        made = tempfile.mkdtemp(dir=final.parent, prefix=f".{final.name}.", suffix=".part")
        temporary = Path(made)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write: {exc.strerror or exc}") from exc
    try:
        written = write(temporary)
        manifest = {**about, "files": written}
        (temporary / MANIFEST).write_text(
            json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        _sync(temporary)
        os.chmod(temporary, 0o777 & ~_umask())  # mkdtemp makes it private
        _replace(temporary, final)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            shutil.rmtree(temporary)
        if isinstance(exc, OSError):
            raise OutputError(f"{target}: cannot write: {exc.strerror or exc}") from exc
        raise
    return written


def _checked(target: Path) -> Path:
    final = target.resolve()  # through a symbolic link: the link stays, its folder is replaced
    if final.exists() and not final.is_dir():
        raise OutputError(f"{target}: is a file; this format writes a folder of files")
    if final.is_dir() and any(final.iterdir()) and not (final / MANIFEST).is_file():
        raise OutputError(
            f"{target}: is a folder with other files in it; give a new or empty folder, "
            "or an earlier export to replace"
        )
    if not final.parent.is_dir():
        raise OutputError(f"{target}: cannot write: no such folder {target.parent}")
    if not os.access(final.parent, os.W_OK):
        raise OutputError(f"{target}: cannot write: permission denied")
    return final


def _replace(temporary: Path, final: Path) -> None:
    if not final.exists():
        os.rename(temporary, final)
        return
    old = Path(tempfile.mkdtemp(dir=final.parent, prefix=f".{final.name}.", suffix=".old"))
    os.rename(final, old / final.name)  # out of the way first: a folder cannot be renamed over
    try:
        os.rename(temporary, final)
    except OSError:
        os.rename(old / final.name, final)  # put the earlier export back
        raise
    finally:
        shutil.rmtree(old, ignore_errors=True)


def _sync(folder: Path) -> None:
    for path in folder.iterdir():
        with path.open("rb") as handle:
            os.fsync(handle.fileno())


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask
