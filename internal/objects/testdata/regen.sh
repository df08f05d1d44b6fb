#!/bin/sh
# Regenerates testdata/py/*.out with python3 (3.11): run from the objects directory.
set -e
cd "$(dirname "$0")/py"
for f in *.py; do
	cat ../prelude.py "$f" > /tmp/objects_regen.py
	python3 /tmp/objects_regen.py > "${f%.py}.out"
done
rm -f /tmp/objects_regen.py
