"""Worker processes that end with the process that started them: the corpus ingest's pool and
the web server's lane for large inputs."""
from __future__ import annotations

import os
import sys


def die_with_parent() -> None:
    """Ask Linux to kill this process when its parent ends, however it ends (SIGKILL included), so
    no worker outlives an ingest or a server holding memory and the caller's pipes. Elsewhere a
    worker notices a lost parent only when it next talks to it."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent was gone before the request took effect
        os._exit(1)


def background_worker(niceness: int = 10) -> None:
    """A worker that dies with its parent and yields the CPU to it: the web server's large lane, so a
    small article analysed in the server's threads is not slowed by a large one on a busy machine."""
    die_with_parent()
    try:
        os.nice(niceness)
    except OSError:
        pass
