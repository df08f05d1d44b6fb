# A 'fork' child gets large containers of plain values exactly: every type and value, the
# order of dicts and sets, and the identity of containers two globals share.
import math
import multiprocessing as mp

ints = list(range(-500, 500)) + [2**63 - 1, -2**63]
bigs = ints + [2**63, -2**70]
floats = tuple([0.5 * i for i in range(200)] + [-0.0, math.inf, -math.inf, math.nan, 1e-310])
words = {f"k{i}é": ("v" * (i % 7), i, None, True, False, b"\x00\xff" * (i % 3)) for i in range(300)}
flat = {i: f"value {i} ∑" for i in range(300)}
members = set(range(0, 3000, 7)) | {"a", "ß", b"bytes"}
frozen = frozenset(range(100))
mixed = [None, True, False, 1, 1.5, "s", b"b"] * 20
alias = mixed
nested = {"inner": mixed, "ints": ints}


def child():
    print(ints[:3], ints[-4:], sum(ints[:-2]), bigs[-3:], bigs[:1000] == ints[:1000])
    print(floats[:3], floats[-5:], [math.copysign(1, f) for f in floats[-5:-3]])
    print(len(words), list(words)[:3], words["k5é"])
    print(list(flat.items())[-2:], sorted(members, key=repr)[:5], len(members))
    print(type(frozen).__name__, sorted(frozen)[-3:])
    print(mixed[:8], alias is mixed, nested["inner"] is mixed, nested["ints"] is ints)
    mixed.append("child")
    print(len(alias), alias[-1])


if __name__ == "__main__":
    mp.set_start_method("fork")
    for i in range(3):
        p = mp.Process(target=child)
        p.start()
        p.join()
        flat[i] = "changed"
        print("exit", p.exitcode, len(mixed))
