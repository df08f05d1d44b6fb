# json in a spawned child: the module imports there, documents and a JSONDecodeError cross
# a Queue (the error pickles as CPython's: class and (msg, doc, pos)).
import json
import multiprocessing as mp


def work(q, text):
    try:
        q.put(("ok", json.loads(text)))
    except json.JSONDecodeError as e:
        q.put(("error", e))
    q.put(("dumped", json.dumps({"child": [1, 2.5, None]}, sort_keys=True, indent=1)))


if __name__ == "__main__":
    for ctx in (mp.get_context("spawn"), mp.get_context("fork")):
        for text in ['{"a": [1, "é"]}', '{"a" 1}']:
            q = ctx.Queue()
            p = ctx.Process(target=work, args=(q, text))
            p.start()
            kind, value = q.get()
            print(kind, type(value).__name__, value)
            if kind == "error":
                print(" fields", value.msg, value.pos, value.lineno, value.colno, value.doc)
            print(q.get()[1])
            p.join()
            print("exit", p.exitcode)
