# graphlib as CPython 3.11's: static_order, the prepare/get_ready/done protocol, the
# order of results, cycles and misuse errors.
import graphlib
from graphlib import TopologicalSorter, CycleError

graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
graph = {"D": ["B", "C"], "C": ["A"], "B": ["A"]}
print(list(TopologicalSorter(graph).static_order()))
print(list(TopologicalSorter({2: [11], 9: [11, 8, 10], 10: [11, 3], 11: [7, 5], 8: [7, 3]}).static_order()))
print(list(TopologicalSorter().static_order()))
ts = TopologicalSorter()
ts.add('x')
ts.add('y', 'x', 'x')
ts.add('z', 'y')
ts.add('y', 'w')
print(list(ts.static_order()))

ts = TopologicalSorter({"a": ["b", "c"], "d": ["c"], "e": []})
ts.prepare()
print(bool(ts), ts.is_active())
rounds = []
while ts.is_active():
    ready = ts.get_ready()
    rounds.append(ready)
    for n in sorted(ready):
        ts.done(n)
print(rounds, ts.get_ready(), bool(ts))

for g in [{1: [2], 2: [3], 3: [1]}, {"a": ["a"]}, {1: [2], 2: [1], 3: [4], 4: [3]},
          {0: [1], 1: [2], 2: [3], 3: [1], 4: [0]}]:
    ts = TopologicalSorter(g)
    try:
        ts.prepare()
    except CycleError as e:
        print(type(e).__name__, e.args, str(e), isinstance(e, ValueError))
    print(ts.get_ready(), ts.is_active())

ts = TopologicalSorter({1: [2, 3], 2: [3]})
errors = [lambda: ts.get_ready(), lambda: ts.is_active(), lambda: ts.done(3), lambda: bool(ts)]
ts2 = TopologicalSorter({1: [2, 3], 2: [3]})
ts2.prepare()
errors += [lambda: ts2.prepare(), lambda: ts2.add(5), lambda: ts2.done(99),
           lambda: ts2.done(1), lambda: ts2.get_ready(), lambda: ts2.done(3),
           lambda: ts2.done(3), lambda: ts2.done(2, 1), lambda: ts2.get_ready(),
           lambda: ts2.done(2), lambda: ts2.get_ready(), lambda: ts2.done(1),
           lambda: TopologicalSorter().add([1]),
           lambda: TopologicalSorter({1: [2], 2: [1]}).static_order(),
           lambda: list(TopologicalSorter({1: [2], 2: [1]}).static_order())]
for f in errors:
    try:
        r = f()
        print('ok', r if not hasattr(r, '__next__') else 'generator')
    except Exception as e:
        print(type(e).__name__, e)
print(TopologicalSorter[int], graphlib.__all__)
