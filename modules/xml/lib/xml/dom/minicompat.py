"""Python version compatibility support for minidom."""
# gopy's NodeList types: lists with the DOM's length and item().

__all__ = ["NodeList", "EmptyNodeList", "StringTypes", "defproperty"]

StringTypes = (str,)


class NodeList(list):
    __slots__ = ()

    def item(self, index):
        if 0 <= index < len(self):
            return self[index]
        return None

    @property
    def length(self):
        "The number of nodes in the NodeList."
        return len(self)

    def __getstate__(self):
        return list(self)

    def __setstate__(self, state):
        self[:] = state if state is not None else []


class EmptyNodeList(tuple):
    __slots__ = ()

    def __add__(self, other):
        out = NodeList()
        out.extend(other)
        return out

    def __radd__(self, other):
        out = NodeList()
        out.extend(other)
        return out

    def item(self, index):
        return None

    @property
    def length(self):
        "The number of nodes in the NodeList."
        return 0


def defproperty(klass, name, doc):
    getter = getattr(klass, "_get_" + name)

    def refuse(self, value, name=name):
        from xml.dom import NoModificationAllowedErr
        raise NoModificationAllowedErr("attempt to modify read-only attribute " + repr(name))
    setattr(klass, name, property(getter, refuse, doc=doc))
