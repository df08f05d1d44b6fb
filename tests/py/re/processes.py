# Compiled patterns pickle as CPython's (by re._compile with pattern and flags), cross a
# Queue and a Process's arguments, and re works in a spawned child.
import multiprocessing as mp
import pickle
import re


def child(q, p):
    m = p.search('key=value')
    q.put((p.pattern, p.flags, m.groups(), re.sub(r'(\w+)=(\w+)', r'\2=\1', 'a=b'), p))


if __name__ == '__main__':
    p = re.compile(r'(\w+)=(\w+)', re.I)
    for proto in range(6):
        data = pickle.dumps(p, proto)
        print(proto, data, pickle.loads(data) is p)
    print(pickle.dumps(re.compile(b'x', re.M), 4), pickle.dumps(re.compile('y', re.A), 2))
    print(pickle.dumps([re.I, re.compile('a')], 3))
    try:
        pickle.dumps(p.match('a=b'))
    except TypeError as e:
        print('TypeError', e)
    for method in ['fork', 'spawn']:
        ctx = mp.get_context(method)
        q = ctx.Queue()
        proc = ctx.Process(target=child, args=(q, p))
        proc.start()
        pattern, flags, groups, subbed, back = q.get()
        proc.join()
        print(method, pattern, flags, groups, subbed, back, back is p, proc.exitcode)
