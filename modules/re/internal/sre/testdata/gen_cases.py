"""Records what CPython 3.11 does with the patterns of cases.py: cases.json, which
engine_test.go compares gopy's compiler and matcher with. Run it with python3 (3.11)
from this directory: python3 gen_cases.py > cases.json. Never edit cases.json by hand.

For each pattern: the compile error (exception type, message, position) or the program
CPython compiles, its flags, groups and group names, and the warnings it gives; for each
subject: search, match and fullmatch (each match as its group spans and lastindex) and
every match finditer yields, also between pos and endpos where the case gives them.
"""

import json
import re
import sys
import warnings

from re import _compiler, _parser

import cases


def text(x):
    """A pattern or subject as JSON text: bytes as their latin-1 characters."""
    return x.decode("latin-1") if isinstance(x, bytes) else x


def result(m):
    if m is None:
        return None
    return {"regs": [list(r) for r in m.regs], "lastindex": m.lastindex}


def record(pattern, flags, subjects):
    out = {"pattern": text(pattern), "bytes": isinstance(pattern, bytes), "flags": flags}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            p = _parser.parse(pattern, flags)
            code = _compiler._code(p, flags)
            # the warnings of the parse only: re.compile parses again
            parse_warnings = list(caught)
            compiled = re.compile(pattern, flags)
        except re.error as e:
            out["error"] = {"type": "error", "msg": e.msg, "pos": e.pos}
        except (OverflowError, ValueError, RecursionError) as e:
            out["error"] = {"type": type(e).__name__, "msg": str(e), "pos": None}
    if "error" in out:
        parse_warnings = list(caught)
    out["warnings"] = [[w.category.__name__, str(w.message)] for w in parse_warnings]
    if "error" in out:
        return out
    out["code"] = code
    out["pflags"] = compiled.flags
    out["groups"] = compiled.groups
    out["groupindex"] = list(compiled.groupindex.items())
    runs = []
    for subject in subjects:
        pos, endpos = 0, None
        if isinstance(subject, tuple):
            subject, pos, endpos = subject
        args = (subject, pos) if endpos is None else (subject, pos, endpos)
        runs.append({
            "s": text(subject), "pos": pos, "endpos": endpos,
            "search": result(compiled.search(*args)),
            "match": result(compiled.match(*args)),
            "fullmatch": result(compiled.fullmatch(*args)),
            "finditer": [result(m) for m in compiled.finditer(*args)],
        })
    out["runs"] = runs
    return out


def main():
    assert sys.version_info[:2] == (3, 11), sys.version
    records = [record(p, f, s) for p, f, s in cases.CASES]
    json.dump(records, sys.stdout, ensure_ascii=True, indent=None, separators=(",", ":"))
    sys.stdout.write("\n")


main()
