# heapq keeps items where python3 does; bisect with lo/hi/key; keyword lists.
import heapq
import bisect
import keyword
import random

random.seed(5)
data = [random.randrange(100) for _ in range(30)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(10)], h)
h2 = list(data)
heapq.heapify(h2)
print(h2)
print(heapq.heapreplace(h2, 50), heapq.heappushpop(h2, 1), heapq.heappushpop(h2, 99), h2[:8])
print(heapq.nlargest(3, data), heapq.nsmallest(4, data), heapq.nlargest(2, ['bb', 'a', 'ccc'], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge(['a', 'BB'], ['cc'], key=len)))
print(list(heapq.merge([7, 4, 1], [8, 2], reverse=True)), list(heapq.merge()))
tasks = []
for prio, name in [(3, 'low'), (1, 'urgent'), (2, 'normal'), (1, 'also urgent')]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
for f in [lambda: heapq.heappop([]), lambda: heapq.heappush(1, 2), lambda: heapq.heapreplace([], 1),
          lambda: heapq.heapify((1,)), lambda: bisect.bisect([1], 1, -1), lambda: heapq.heappushpop(1, 2)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
a = [1, 2, 2, 2, 5, 8]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 9), bisect.bisect_left(a, 0), bisect.bisect(a, 2, 0, 2))
bisect.insort(a, 3); bisect.insort_left(a, 2); bisect.insort_right(a, 100)
print(a)
recs = [('a', 1), ('b', 5), ('c', 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]))
bisect.insort(recs, ('x', 6), key=lambda r: r[1])
print(recs)
print(keyword.iskeyword('for'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), len(keyword.kwlist), keyword.softkwlist)
