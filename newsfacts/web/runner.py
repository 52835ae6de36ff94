"""Where the server's analyses run: small inputs (and URLs) in a bounded thread pool, large ones
in one worker process of their own, killed when it overruns; a 503 when too many wait."""
from __future__ import annotations

# Why two lanes: analysis is CPU-bound Python, so threads share one interpreter lock. A few large
# articles in the thread pool would slow every small request behind them, and a thread cannot be
# stopped, so an overrun kept its worker busy after the 504. The large lane is a separate process
# (its own core and interpreter lock, at a lower CPU priority so small requests win a busy machine),
# taken by one request at a time; at the deadline it is terminated and started afresh, which frees the
# lane at once.

import asyncio
import multiprocessing
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable, Optional, TypeVar

from ..workers import background_worker, parent_settings
from .limits import Settings

T = TypeVar("T")


class AnalysisTimeout(Exception):
    pass


class ServerBusy(Exception):
    pass


class Runner:
    """`await runner.run(work, *args, large=False)`: work(*args) in the lane that fits."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.pool = ThreadPoolExecutor(max_workers=settings.analysis_workers, thread_name_prefix="newsfacts-analysis")
        self.large = LargeLane()
        self._pending = 0
        self._lock = threading.Lock()

    async def run(self, work: Callable[..., T], *args: Any, large: bool = False) -> T:
        """The result of work(*args); AnalysisTimeout after the timeout (waiting included)."""
        with self._lock:
            if self._pending >= self.settings.max_pending:
                raise ServerBusy()
            self._pending += 1
        try:
            if large:
                return await self.large.run(work, args, self.settings.analysis_timeout_s)
            return await self._in_thread(work, args)
        finally:
            with self._lock:
                self._pending -= 1

    async def _in_thread(self, work: Callable[..., T], args: tuple) -> T:
        future = self.pool.submit(work, *args)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), self.settings.analysis_timeout_s)
        except asyncio.TimeoutError:
            future.cancel()  # still queued: never starts (a small input that runs on finishes soon)
            raise AnalysisTimeout() from None

    def warm_up(self, work: Callable[[], Any]) -> None:
        """Load the models in this process and in the large lane's worker before the first request."""
        work()
        self.large.start(work)

    def shutdown(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.large.stop()


class LargeLane:
    """One worker process, one analysis at a time; terminated and restarted when one overruns."""

    def __init__(self) -> None:
        self._pool: Optional[multiprocessing.pool.Pool] = None
        self._turn: Optional[asyncio.Lock] = None

    def start(self, warm_up: Optional[Callable[[], Any]] = None) -> None:
        if self._pool is None:
            self._pool = multiprocessing.get_context("spawn").Pool(1, initializer=background_worker, initargs=(parent_settings(),))
            if warm_up is not None:
                self._pool.apply_async(warm_up)

    async def run(self, work: Callable[..., T], args: tuple, timeout_s: float) -> T:
        self._turn = self._turn or asyncio.Lock()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_s
        try:
            await asyncio.wait_for(self._turn.acquire(), timeout_s)
        except asyncio.TimeoutError:
            raise AnalysisTimeout() from None
        try:
            self.start()
            done: Future = Future()
            self._pool.apply_async(work, args, callback=done.set_result, error_callback=done.set_exception)
            try:
                return await asyncio.wait_for(asyncio.wrap_future(done), max(0.0, deadline - loop.time()))
            except asyncio.TimeoutError:
                await loop.run_in_executor(None, self.stop)  # kills the overrunning analysis
                raise AnalysisTimeout() from None
        finally:
            self._turn.release()

    def stop(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.terminate()
            pool.join()
