# gopy's graphlib: topological sorting with CPython 3.11's order of results, messages and
# reported cycles.

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# a node's state once prepare() ran, besides its count of predecessors not yet done
_OUT = -1       # returned by get_ready(), not yet done
_DONE = -2      # marked done


class _Node:
    __slots__ = ("node", "waiting", "successors")

    def __init__(self, node):
        self.node = node
        self.waiting = 0          # predecessors not done yet, or _OUT/_DONE
        self.successors = []


class CycleError(ValueError):
    """prepare() found a cycle; args[1] lists its nodes, each a predecessor of the next,
    the first repeated at the end."""


_END = object()


class TopologicalSorter:
    """Sorts a graph of hashable nodes given as node -> predecessors, all at once
    (static_order) or in rounds of nodes ready to be processed in parallel (prepare,
    get_ready, done, is_active)."""

    def __init__(self, graph=None):
        self._node2info = {}
        self._ready_nodes = None          # None until prepare()
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        found = self._node2info.get(node)
        if found is None:
            found = self._node2info[node] = _Node(node)
        return found

    def add(self, node, *predecessors):
        """Add node, depending on predecessors (added too when new); repeated calls
        add to its dependencies."""
        if self._ready_nodes is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        entry = self._info(node)
        entry.waiting += len(predecessors)
        for before in predecessors:
            self._info(before).successors.append(node)

    def prepare(self):
        """Freeze the graph and find the first ready nodes; CycleError if there is a
        cycle (get_ready still hands out what the cycle does not block)."""
        if self._ready_nodes is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready_nodes = [e.node for e in self._node2info.values() if e.waiting == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def _require_prepared(self):
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        """The nodes ready now (all their predecessors done) not handed out before."""
        self._require_prepared()
        batch = tuple(self._ready_nodes)
        for node in batch:
            self._node2info[node].waiting = _OUT
        self._ready_nodes.clear()
        self._npassedout += len(batch)
        return batch

    def is_active(self):
        """Whether progress can still be made: nodes ready or handed out and not done."""
        self._require_prepared()
        return bool(self._ready_nodes) or self._nfinished < self._npassedout

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes handed out by get_ready as processed, which may make their
        successors ready."""
        self._require_prepared()
        table = self._node2info
        for node in nodes:
            entry = table.get(node)
            if entry is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if entry.waiting == _DONE:
                raise ValueError(f"node {node!r} was already marked done")
            if entry.waiting != _OUT:
                raise ValueError(f"node {node!r} was not passed out (still not ready)")
            entry.waiting = _DONE
            for after in entry.successors:
                follower = table[after]
                follower.waiting -= 1
                if follower.waiting == 0:
                    self._ready_nodes.append(after)
            self._nfinished += 1

    def _find_cycle(self):
        # depth-first walks along successors, starting from each node in insertion
        # order; the first edge back to a node on the current path closes the cycle
        table = self._node2info
        visited = set()
        for start in table:
            if start in visited:
                continue
            path, onpath, pending = [], {}, []
            node = start
            while True:
                if node not in visited:
                    visited.add(node)
                    onpath[node] = len(path)
                    path.append(node)
                    pending.append(iter(table[node].successors))
                elif node in onpath:
                    return path[onpath[node]:] + [node]
                node = _END
                while path:
                    node = next(pending[-1], _END)
                    if node is not _END:
                        break
                    del onpath[path.pop()]
                    pending.pop()
                if node is _END:
                    break
        return None

    def static_order(self):
        """Every node, each after its predecessors (CycleError first if there is a
        cycle)."""
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    __class_getitem__ = classmethod(GenericAlias)
