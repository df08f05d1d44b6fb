

# ---- partialmethod ----------------------------------------------------------------------

class partialmethod:
    """A partial for methods: binds like the function (or descriptor) it wraps, then
    applies the stored arguments after self or cls."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, func, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("{!r} is not callable or a descriptor".format(func))
        if isinstance(func, partialmethod):
            # Flatten, so that self/cls stays the first argument.
            merged = dict(func.keywords)
            merged.update(keywords)
            func, args, keywords = func.func, func.args + args, merged
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        shown_args = ", ".join([repr(a) for a in self.args])
        shown_kw = ", ".join(["%s=%r" % kv for kv in self.keywords.items()])
        return "%s.%s(%s, %s, %s)" % (type(self).__module__, type(self).__qualname__,
                                      self.func, shown_args, shown_kw)

    def _make_unbound_method(self):
        pm = self

        def _method(cls_or_self, *args, **keywords):
            merged = dict(pm.keywords)
            merged.update(keywords)
            return pm.func(cls_or_self, *(pm.args + args), **merged)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        getter = getattr(self.func, "__get__", None)
        if getter is not None:
            bound = getter(obj, cls)
            if bound is not self.func:
                # The wrapped descriptor made a callable of its own: apply the arguments to it.
                result = partial(bound, *self.args, **self.keywords)
                if hasattr(bound, "__self__"):
                    result.__self__ = bound.__self__
                return result
        return self._make_unbound_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


# ---- singledispatch ---------------------------------------------------------------------

def _dispatch_mro(cls, registered):
    """cls.__mro__ with the registered abstract classes cls is a virtual subclass of
    placed after the last of its bases that is also their subclass."""
    mro = list(cls.__mro__)
    for abc in registered:
        if abc in mro or not isinstance(abc, type):
            continue
        try:
            if not issubclass(cls, abc):
                continue
        except TypeError:
            continue
        at = len(mro)
        for i in range(len(mro) - 1, -1, -1):
            try:
                sub = issubclass(mro[i], abc)
            except TypeError:
                sub = False
            if sub:
                at = i + 1
                break
        mro.insert(at, abc)
    return mro


def _find_impl(cls, registry):
    for base in _dispatch_mro(cls, registry):
        if base in registry:
            return registry[base]
    return None


def _is_union(cls):
    try:
        from typing import get_origin, Union
    except ImportError:
        return False
    origin = get_origin(cls)
    return origin is Union or type(cls).__name__ == 'UnionType'


def _union_members(cls):
    from typing import get_args
    return get_args(cls)


def _valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    return _is_union(cls) and all(isinstance(a, type) for a in _union_members(cls))


def singledispatch(func):
    """Make func a generic function dispatching on the type of its first argument; other
    implementations are added with the register() attribute."""
    import types
    registry = {}
    cache = {}
    token = [None]

    def dispatch(cls):
        """Return the implementation registered for cls (or its nearest base)."""
        if token[0] is not None:
            now = get_cache_token()
            if now != token[0]:
                cache.clear()
                token[0] = now
        try:
            return cache[cls]
        except KeyError:
            pass
        impl = registry.get(cls)
        if impl is None:
            impl = _find_impl(cls, registry)
        cache[cls] = impl
        return impl

    def register(cls, func=None):
        """Register func as the implementation for cls (also usable as a decorator, and
        bare on a function whose first parameter is annotated)."""
        if _valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to `register()`. "
                    f"{cls!r} is not a class or union type."
                )
            annotations = getattr(cls, '__annotations__', None) or {}
            if not annotations:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function."
                )
            func = cls
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            if not _valid_dispatch_type(cls):
                if _is_union(cls):
                    raise TypeError(
                        f"Invalid annotation for {argname!r}. "
                        f"{cls!r} not all arguments are classes."
                    )
                raise TypeError(
                    f"Invalid annotation for {argname!r}. "
                    f"{cls!r} is not a class."
                )
        targets = _union_members(cls) if _is_union(cls) else (cls,)
        for target in targets:
            registry[target] = func
        if token[0] is None and hasattr(cls, '__abstractmethods__'):
            token[0] = get_cache_token()
        cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least '
                            '1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = types.MappingProxyType(registry)
    wrapper._clear_cache = cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """A method that dispatches on the type of its first argument after self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Register method as the implementation for cls."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher

        def _method(*args, **kwargs):
            impl = dispatcher.dispatch(args[0].__class__)
            return impl.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
