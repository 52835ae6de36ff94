"""Input paths to the regular files behind them: directories expanded, and devices, pipes,
sockets, dangling links and link loops refused with a reason before anything is opened."""
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Iterator, Union

from ..errors import InputError
from .failure import Failure

_KINDS = ((stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a directory"))


def expand_input(item: str, directories: bool = True) -> Iterator[Union[Path, "Failure"]]:
    """The regular files an input names (a directory: its files, hidden ones left out, in order),
    and a Failure for each one that is missing or not a regular file."""
    path = Path(item)
    if directories and path.is_dir():
        found = False
        for file in _walk(path):
            found = True
            problem = file_problem(file)
            yield Failure(str(file), problem) if problem else file
        if not found:
            yield Failure(item, "directory holds no files")
        return
    problem = file_problem(path)
    yield Failure(item, problem) if problem else path


def file_problem(path: Path) -> str | None:
    """Why path cannot be read as an article file (None: it is a regular file), from stat alone."""
    try:
        info = os.stat(path)
    except OSError as err:
        if err.errno == errno.ELOOP:
            return "symbolic link loop"
        if err.errno == errno.ENOENT and os.path.islink(path):
            return f"dangling symbolic link (to {os.readlink(path)})"
        if err.errno == errno.ENOENT:
            return "no such file or directory"
        return f"cannot read: {err.strerror or err}"
    if stat.S_ISREG(info.st_mode):
        return None
    kind = next((name for test, name in _KINDS if test(info.st_mode)), "not a regular file")
    return f"not a regular file: {kind}" + (" (behind a symbolic link)" if os.path.islink(path) else "")


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; InputError otherwise. The file is checked
    again once open (O_NONBLOCK: a pipe swapped in after the check cannot block the open)."""
    source = str(path)
    problem = file_problem(path)
    if problem:
        raise InputError(source, problem)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as err:
        raise InputError(source, f"cannot read: {err.strerror or err}") from None
    with open(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise InputError(source, "not a regular file (changed while being opened)")
        if info.st_size > limit:
            raise InputError(source, f"too large: {info.st_size:,} bytes (limit {limit:,}; raise --max-bytes)")
        try:
            return handle.read(limit + 1)
        except OSError as err:
            raise InputError(source, f"cannot read: {err.strerror or err}") from None


def _walk(root: Path) -> Iterator[Path]:
    """Every non-directory entry under root, sorted; links to directories are not followed."""
    entries: list[Path] = []
    for folder, dirs, files in os.walk(root, followlinks=False):
        linked = [d for d in dirs if os.path.islink(os.path.join(folder, d))]
        entries += [Path(folder, name) for name in files + linked if not name.startswith(".")]
    return iter(sorted(entries))
