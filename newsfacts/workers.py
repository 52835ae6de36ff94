"""Worker processes that end with the process that started them: the corpus ingest's pool and
the web server's lane for large inputs."""
from __future__ import annotations

import os
import sys


def parent_settings():
    """This process's analysis Settings, to hand to the workers it spawns (start_worker)."""
    from .context import default

    return default().settings


def start_worker(settings=None) -> None:
    """A spawned worker's start: die with the parent, and analyse with the parent's Settings (a
    spawned interpreter starts from the defaults, and only the CLI reads the environment)."""
    die_with_parent()
    if settings is not None:
        from .context import configure

        configure(settings)


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


def background_worker(settings=None, niceness: int = 10) -> None:
    """A worker that starts as start_worker does and yields the CPU to its parent: the web server's
    large lane, so a small article analysed in the server's threads is not slowed by a large one."""
    start_worker(settings)
    try:
        os.nice(niceness)
    except OSError:
        pass
