# Iterators over builtin containers, part consumed in the parent before start(): a forked
# child's copies go on from the same place (the parent's are not moved by the child).
import multiprocessing as mp

def child(tag):
    print(tag, "tuple:", list(t_it))
    print(tag, "list:", list(l_it))
    print(tag, "range:", list(r_it))
    print(tag, "dict:", list(d_it))
    print(tag, "enumerate:", next(e_it), next(e_it))
    print(tag, "reversed:", list(rev))
    print(tag, "map:", list(m_it))

if __name__ == "__main__":
    t_it = iter((1, 2, 3, 4))
    l_it = iter(["a", "b", "c"])
    r_it = iter(range(10, 0, -2))
    d_it = iter({"x": 1, "y": 2, "z": 3}.items())
    e_it = enumerate("abcdef", 100)
    rev = reversed([1, 2, 3])
    m_it = map(str.upper, ("p", "q", "r"))
    for it in (t_it, l_it, r_it, d_it, e_it, rev, m_it):
        next(it)
    p = mp.get_context("fork").Process(target=child, args=("child",))
    p.start()
    p.join()
    print("exitcode", p.exitcode)
    print("parent tuple:", list(t_it), "enumerate:", next(e_it))
