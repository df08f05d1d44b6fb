"""Generic (shallow and deep) copying operations.

Interface summary:

        import copy

        x = copy.copy(y)                # make a shallow copy of y
        x = copy.deepcopy(y)            # make a deep copy of y
        x = copy.deepcopy(y, memo)      # make a deep copy of y with memo dict

For module specific errors, copy.Error is raised.

(gopy's implementation.)"""

import types
import copyreg

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

# Types whose values are their own copies, shallow or deep.
_atomic = {type(None), int, float, bool, complex, str, bytes, type, range,
           types.BuiltinFunctionType, type(Ellipsis), type(NotImplemented),
           types.FunctionType, types.CodeType, property}
# gpython's string-keyed dict (module namespaces, slot states) is a second dict type here.
_dict_types = (dict, type(globals()))
# Immutable containers: their own shallow copy.
_shallow_atomic = _atomic | {tuple, frozenset}


def _reduce(x, cls, what):
    reductor = copyreg.dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    if hasattr(x, "__reduce_ex__"):
        return _reduce_ex(x, 4)
    reductor = getattr(x, "__reduce__", None)
    if reductor is not None:
        return reductor()
    raise Error("un(%s)copyable object of type %s" % (what, cls))


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)
    if cls in _shallow_atomic or issubclass(cls, type):
        return x
    if cls is list:
        return list(x)
    if cls in _dict_types:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is bytearray:
        return bytearray(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls, "shallow")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        if d in memo:
            # x contains itself through a mutable object, which made the copy already.
            return memo[d]
        y = x
        for a, b in zip(x, items):
            if a is not b:
                y = tuple(items)
                break
    elif cls in _dict_types:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls in (set, frozenset):
        y = cls(deepcopy(list(x), memo))
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls, "deep")
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keep x alive as long as memo: its id must not be reused while memo maps it."""
    key = id(memo)
    if key in memo:
        memo[key].append(x)
    else:
        memo[key] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None:
            setstate(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
