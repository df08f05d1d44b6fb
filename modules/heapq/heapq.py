"""Heap queue algorithm (a.k.a. priority queue).

Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all k, counting
elements from 0.  (gopy's implementation; the sift order is CPython's, so heaps hold their
items in the same positions.)"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(name, heap, what='argument 1'):
    if not isinstance(heap, list):
        raise TypeError('%s() %s must be list, not %s' % (name, what, type(heap).__name__))


def _up(heap, root, pos):
    # Move heap[pos] towards root while it is smaller than its parent.
    item = heap[pos]
    while pos > root:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if item < above:
            heap[pos] = above
            pos = parent
            continue
        break
    heap[pos] = item


def _down(heap, pos):
    # Send the hole at pos down to a leaf along the smaller children, then let the item
    # that was there rise back to its place (fewer comparisons than stopping early).
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _up(heap, start, pos)


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    _check_list('heappush', heap)
    heap.append(item)
    _up(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check_list('heappop', heap)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _down(heap, 0)
        return top
    return last


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item."""
    _check_list('heapreplace', heap)
    if not heap:
        raise IndexError('index out of range')
    top = heap[0]
    heap[0] = item
    _down(heap, 0)
    return top


def heappushpop(heap, item):
    """Push item on the heap, then pop and return the smallest item from the heap."""
    _check_list('heappushpop', heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _down(heap, 0)
    return item


def heapify(x):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    _check_list('heapify', x, 'argument')
    for i in reversed(range(len(x) // 2)):
        _down(x, i)


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output."""
    iterators = [iter(it) for it in iterables]

    def gen():
        heads = []
        for index, it in enumerate(iterators):
            for value in it:
                heads.append([value, index])
                break
        while heads:
            best = 0
            best_key = heads[0][0] if key is None else key(heads[0][0])
            for i in range(1, len(heads)):
                k = heads[i][0] if key is None else key(heads[i][0])
                if (best_key < k) if reverse else (k < best_key):
                    best, best_key = i, k
            value, index = heads[best]
            yield value
            for nxt in iterators[index]:
                heads[best][0] = nxt
                break
            else:
                del heads[best]
    return gen()


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

Equivalent to:  sorted(iterable, key=key)[:n]"""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]"""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
