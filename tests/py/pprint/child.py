# pprint in a spawned child: the layout is computed there and sent back.
import multiprocessing as mp
import pprint


def work(q, obj):
    q.put(pprint.pformat(obj, width=20))


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    obj = {"numbers": list(range(10)), "name": "child"}
    p = ctx.Process(target=work, args=(q, obj))
    p.start()
    text = q.get()
    p.join()
    print(text)
    print(text == pprint.pformat(obj, width=20), p.exitcode)
