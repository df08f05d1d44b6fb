#!/bin/sh
# Records what python3 (CPython 3.11) prints for each bad source here: its stderr, with the
# script's absolute path reduced to its name. Run from anywhere; never edit a .txt by hand.
cd "$(dirname "$0")" || exit 1
for f in *.py; do
	python3 "$f" >/dev/null 2>"${f%.py}.txt" </dev/null
	sed -i "s|\"$(pwd)/|\"|" "${f%.py}.txt"
done
