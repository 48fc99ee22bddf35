"""Run one command; print its wall seconds and peak RSS (MiB). A small launcher, so the child's peak is its own."""
import json
import os
import subprocess
import sys
import time

t0 = time.perf_counter()
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
_, status, usage = os.wait4(p.pid, 0)
wall = time.perf_counter() - t0
print(json.dumps({"wall": wall, "peak_mib": usage.ru_maxrss / 1024, "status": status,
                  "stderr": p.stderr.read().decode()[-2000:]}))
