# Items of 64 KiB and more through Pipe, Queue and SimpleQueue, both ways: large bytes and
# str payloads, several in one item, a bytearray, mixed with small objects, and many
# small items after large ones on the same connection.
import hashlib
import multiprocessing as mp


def digest(obj):
    if isinstance(obj, (bytes, bytearray)):
        return hashlib.sha256(obj).hexdigest()[:12]
    if isinstance(obj, str):
        return hashlib.sha256(obj.encode()).hexdigest()[:12]
    if isinstance(obj, (list, tuple)):
        return type(obj).__name__ + "(" + ",".join(digest(x) for x in obj) + ")"
    if isinstance(obj, dict):
        return "{" + ",".join(k + ":" + digest(v) for k, v in sorted(obj.items())) + "}"
    return repr(obj)


def items():
    big = bytes(range(256)) * 400
    return [
        big,
        "é" * 70000,
        [big, big[::-1], 7],
        (b"x" * 65536, "y" * 65536, None),
        bytearray(b"z" * 100000),
        {"a": b"q" * 200000, "b": [1, 2, 3]},
        b"small",
        "tiny",
    ] + [b"%d" % i for i in range(50)]


def echo(inbox, outbox, kind):
    get = inbox.recv if kind == "pipe" else inbox.get
    put = outbox.send if kind == "pipe" else outbox.put
    for _ in range(len(items())):
        put(get())


if __name__ == "__main__":
    for kind in ("pipe", "queue", "simple"):
        if kind == "pipe":
            a_in, a_out = mp.Pipe(False)
            b_in, b_out = mp.Pipe(False)
            send, recv = a_out.send, b_in.recv
        else:
            make = mp.Queue if kind == "queue" else mp.SimpleQueue
            a_in = a_out = make()
            b_in = b_out = make()
            send, recv = a_out.put, b_in.get
        p = mp.Process(target=echo, args=(a_in, b_out, "pipe" if kind == "pipe" else "queue"))
        p.start()
        back = []
        for item in items():  # one at a time: a full pipe would block both sides
            send(item)
            back.append(recv())
        p.join()
        print(kind, p.exitcode, all(digest(x) == digest(y) for x, y in zip(items(), back)))
        print([type(x).__name__ for x in back[:8]])
        print(digest(back[2]), digest(back[5]))
    r, w = mp.Pipe()
    sender = mp.Process(target=w.send_bytes, args=(b"m" * 300000,))
    sender.start()
    got = r.recv_bytes()
    sender.join()
    w.send([b"n" * 70000] * 2)
    pair = r.recv()
    print(len(got), len(pair), pair[0] is pair[1], len(pair[0]))
