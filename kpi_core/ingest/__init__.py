"""Read exports as the tools wrote them: `read_export(path) -> ReadResult`."""

from .reader import inspect, read_export
from .result import ReadResult

__all__ = ["read_export", "inspect", "ReadResult"]
