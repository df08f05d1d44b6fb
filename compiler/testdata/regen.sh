#!/bin/sh
# Regenerates the expected output of every script with python3 3.11.
cd "$(dirname "$0")"
for f in *.py; do
	python3 - "$f" > "${f%.py}.out" <<'PY'
import sys, traceback
src = open(sys.argv[1]).read()
try:
    exec(compile(src, sys.argv[1], "exec"), {"__name__": "__main__"})
except BaseException as e:
    sys.stdout.flush()
    print("!! " + traceback.format_exception_only(type(e), e)[-1].rstrip("\n"))
PY
done
