# A forked child that changes a global and starts its own forked child: the grandchild
# starts from the child's state.
import multiprocessing as mp

value = "from the top"

def grandchild(q):
    q.put(("grandchild", value, mp.current_process().name, mp.parent_process().name))

def child(q):
    global value
    value = "set by the child"
    p = mp.Process(target=grandchild, args=(q,))
    p.start()
    p.join()
    q.put(("child", p.exitcode))

if __name__ == "__main__":
    value = "set in the guard"
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,))
    p.start()
    print(q.get(timeout=20))
    print(q.get(timeout=20))
    p.join()
    print(value, p.exitcode)
