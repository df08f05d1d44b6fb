# Starting 'fork' children one after the other while the parent's globals change between
# the starts: each child sees the state of its own start() (gopy keeps the pickled parts
# that did not change and must notice every change, deep ones included).
import multiprocessing as mp

class Holder:
    def __init__(self, ref):
        self.ref = ref

def show(tag):
    print(tag, data[:3], len(data), nested, big[-1], sorted(labels),
          extra if "extra" in globals() else "-",
          alias is data, holder.ref is data, shared_pair[0] is shared_pair[1], flush=True)

if __name__ == "__main__":
    data = list(range(1000))
    big = list(range(50000))
    nested = {"k": [1, 2], "t": (1, (2, 3))}
    labels = {"a", "b"}
    alias = data
    holder = Holder(data)
    inner = [0]
    shared_pair = (inner, inner)
    for i in range(9):
        if i == 3:
            data[0] = -1
        elif i == 4:
            nested["k"].append(3)
            extra = "a new global"
        elif i == 5:
            del extra
            data = data + [1000]
            holder.ref = data
        elif i == 6:
            big[-1] = "changed"
            labels.add("c")
        elif i == 7:
            nested["t"] = (1, (2, 4))
            shared_pair = (inner, [0])
        p = mp.get_context("fork").Process(target=show, args=(i,))
        p.start()
        p.join()
