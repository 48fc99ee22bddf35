"""`python -m tests.hostile OUT`: write every hostile case's files under OUT, to look at or run by hand."""

import sys
from pathlib import Path

from .test_hostile import write_all

write_all(Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-corpus"))
