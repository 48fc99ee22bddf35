"""Read exports as the tools wrote them: `read_export(path) -> ReadResult`."""

from .reader import each_export, inspect, members, read_export
from .result import ReadResult

__all__ = ["read_export", "each_export", "members", "inspect", "ReadResult"]
