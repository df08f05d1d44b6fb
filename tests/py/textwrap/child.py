# textwrap in a spawned child: a configured TextWrapper crosses a Queue.
import multiprocessing as mp
import pickle
import textwrap


def work(q):
    w = q.get()
    q.put(w.wrap("a spawned child wraps this text with the parent's settings"))


if __name__ == "__main__":
    w = textwrap.TextWrapper(width=18, initial_indent="- ", max_lines=3)
    print(pickle.loads(pickle.dumps(w)).wrap("round trip through pickle works fine"))
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    p = ctx.Process(target=work, args=(q,))
    p.start()
    q.put(w)
    p.join()
    print(q.get(), p.exitcode)
