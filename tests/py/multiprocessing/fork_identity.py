# Object identity in a forked child: two globals naming one list still name one list, a
# list that contains itself still does, an object reachable from the process's arguments
# and from the globals is one object, and the started Process object is
# current_process() in the child.
import multiprocessing as mp

class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

def check(arg_list, arg_node):
    print(alias is data, arg_list is data, data[3] is data, arg_node is a, a.peer.peer is a)
    print(mp.current_process() is p, mp.current_process().name, p.name)
    print(funcs["sq"] is sq, sq(4), Node is type(a))
    data.append("child only")
    print(len(data), len(alias))

def sq(x):
    return x * x

if __name__ == "__main__":
    data = [1, 2, 3]
    data.append(data)
    alias = data
    a, b = Node("a"), Node("b")
    a.peer, b.peer = b, a
    funcs = {"sq": sq}
    p = mp.Process(target=check, args=(data, a))
    p.start()
    p.join()
    print(p.exitcode, len(data))
