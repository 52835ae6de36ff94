"""The server's runner: large inputs run in a worker process of their own, so they never hold up a
small one, and one that overruns is killed at the deadline, which frees its lane at once."""
from __future__ import annotations

import asyncio
import time

import pytest

pytest.importorskip("starlette")

from newsfacts.web.limits import Settings  # noqa: E402
from newsfacts.web.runner import AnalysisTimeout, Runner, ServerBusy  # noqa: E402


def test_two_overrunning_large_inputs_do_not_delay_a_small_one_and_are_killed():
    runner = Runner(Settings(analysis_timeout_s=3.0))
    runner.large.start()  # as `serve` does at start-up: a warm worker

    async def scene():
        began = time.monotonic()
        large = [asyncio.ensure_future(runner.run(time.sleep, 60, large=True)) for _ in range(2)]
        await asyncio.sleep(0.2)
        small_began = time.monotonic()
        assert await runner.run(sum, [1, 2, 3]) == 6
        small_took = time.monotonic() - small_began
        results = await asyncio.gather(*large, return_exceptions=True)
        return small_took, results, time.monotonic() - began

    small_took, results, total = asyncio.run(scene())
    assert small_took < 0.5  # not behind the large ones
    assert all(isinstance(r, AnalysisTimeout) for r in results)
    assert total < 6  # both ended at the deadline, not after their 60 s of work

    async def after():  # the killed worker was replaced: the lane answers again
        return await runner.run(sum, [4, 5], large=True)

    assert asyncio.run(after()) == 9
    runner.shutdown()


def test_too_many_waiting_is_busy():
    runner = Runner(Settings(max_pending=1, analysis_timeout_s=5.0))

    async def scene():
        first = asyncio.ensure_future(runner.run(time.sleep, 0.5))
        await asyncio.sleep(0.05)
        with pytest.raises(ServerBusy):
            await runner.run(sum, [1])
        await first

    asyncio.run(scene())
    runner.shutdown()


def test_the_large_lane_yields_the_cpu_to_small_requests():
    """Its worker runs at a lower priority than the server, so on a busy machine a small article analysed
    in the server's threads wins the cores from a large one."""
    import os

    runner = Runner(Settings(analysis_timeout_s=30.0))
    try:
        lane_niceness = asyncio.run(runner.run(os.nice, 0, large=True))
        assert lane_niceness > os.nice(0)
    finally:
        runner.shutdown()
