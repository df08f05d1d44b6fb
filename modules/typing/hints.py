

# ---- introspection ------------------------------------------------------------------

def get_origin(tp):
    """The unsubscripted form of tp: get_origin(List[int]) is list, get_origin(Union[int,
    str]) is Union, get_origin(Annotated[int, x]) is Annotated; None for other values."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseAlias, types.GenericAlias, _ParamSpecPart)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    """The arguments of a subscripted tp (Callable's as ([args], result), Annotated's as
    (type, *metadata)); () for other values."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, types.GenericAlias)):
        args = tp.__args__
        if get_origin(tp) is _abc.Callable and args and args[0] is not ...:
            return (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, _UnionType):
        return tp.__args__
    return ()


def _evaluate(tp, globalns, localns, seen=()):
    if isinstance(tp, str):
        tp = ForwardRef(tp)
    if isinstance(tp, ForwardRef):
        if tp.__forward_arg__ in seen:
            return tp
        space = globalns
        if tp.__forward_module__ is not None:
            space = getattr(sys.modules.get(tp.__forward_module__), '__dict__', globalns)
        value = eval(tp.__forward_arg__, space, localns)
        value = _as_type(value, allow_special=True)
        return _evaluate(value, globalns, localns, seen + (tp.__forward_arg__,))
    if isinstance(tp, _AnnotatedAlias):
        return _AnnotatedAlias(_evaluate(tp.__origin__, globalns, localns, seen), tp.__metadata__)
    if isinstance(tp, _GenericAlias) and not isinstance(tp, _LiteralGenericAlias):
        args = tuple(_evaluate_arg(a, globalns, localns, seen) for a in tp.__args__)
        if args == tp.__args__:
            return tp
        if isinstance(tp, _UnionGenericAlias):
            return Union[args]
        if isinstance(tp, _CallableGenericAlias):
            return _CallableGenericAlias(tp.__origin__, args, name='Callable')
        return tp.copy_with(args)
    if isinstance(tp, types.GenericAlias):
        args = tuple(_evaluate_arg(a, globalns, localns, seen) for a in tp.__args__)
        return types.GenericAlias(tp.__origin__, args)
    return tp


def _evaluate_arg(arg, globalns, localns, seen):
    if isinstance(arg, list):
        return [_evaluate(a, globalns, localns, seen) for a in arg]
    return _evaluate(arg, globalns, localns, seen)


def _without_extras(tp):
    if isinstance(tp, _AnnotatedAlias):
        return _without_extras(tp.__origin__)
    if isinstance(tp, _GenericAlias) and tp.__origin__ in (Required, NotRequired):
        return _without_extras(tp.__args__[0])
    if isinstance(tp, _GenericAlias) and not isinstance(tp, _LiteralGenericAlias):
        args = tuple(_without_extras(a) for a in tp.__args__)
        if args != tp.__args__:
            return Union[args] if isinstance(tp, _UnionGenericAlias) else tp.copy_with(args)
    return tp


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a module, class, function or method with the strings in them
    evaluated (a class's include its bases', and None stands for NoneType); Annotated
    kept only with include_extras."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            own = base.__dict__.get('__annotations__', {})
            if not isinstance(own, dict):
                continue
            if globalns is None:
                module_ns = getattr(sys.modules.get(base.__module__), '__dict__', {})
            else:
                module_ns = globalns
            class_ns = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                module_ns, class_ns = class_ns, module_ns
            for name, value in own.items():
                if value is None:
                    value = type(None)
                hints[name] = _evaluate(value, module_ns, class_ns)
    else:
        if globalns is None:
            if isinstance(obj, types.ModuleType):
                globalns = obj.__dict__
            else:
                inner = obj
                while hasattr(inner, '__wrapped__'):
                    inner = inner.__wrapped__
                globalns = getattr(inner, '__globals__', {})
        if localns is None:
            localns = globalns
        own = getattr(obj, '__annotations__', None)
        if own is None:
            if isinstance(obj, (types.FunctionType, types.BuiltinFunctionType, types.MethodType,
                                types.ModuleType)):
                return {}
            raise TypeError('%r is not a module, class, method, or function.' % (obj,))
        for name, value in dict(own).items():
            if value is None:
                value = type(None)
            hints[name] = _evaluate(value, globalns, localns)
    if include_extras:
        return hints
    return {name: _without_extras(tp) for name, tp in hints.items()}


# ---- helpers and decorators -------------------------------------------------------------

def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val


def assert_type(val, typ, /):
    """Ask a static type checker to confirm val has type typ (returns val)."""
    return val


def reveal_type(obj, /):
    """Print the runtime type of obj to stderr (a type checker shows its inferred one)."""
    print('Runtime type is %r' % (type(obj).__name__,), file=sys.stderr)
    return obj


def assert_never(arg, /):
    """Assert that code is unreachable."""
    shown = repr(arg)
    if len(shown) > 100:
        shown = shown[:100] + '...'
    raise AssertionError('Expected code to be unreachable, but got: %s' % (shown,))


_overloads = {}


def _overloaded_call(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. A series of @typing.overload-decorated '
        'functions outside a stub module should always be followed by an implementation '
        'that is not @typing.overload-decorated.')


def overload(func):
    """Decorator for overloaded functions/methods: recorded for get_overloads, replaced
    by a function that refuses to be called."""
    inner = getattr(func, '__func__', func)
    try:
        key = (inner.__module__, inner.__qualname__)
        _overloads.setdefault(key, []).append(func)
    except AttributeError:
        pass
    return _overloaded_call


def get_overloads(func):
    """The @overload variants recorded for func."""
    inner = getattr(func, '__func__', func)
    return list(_overloads.get((inner.__module__, inner.__qualname__), []))


def clear_overloads():
    """Forget every recorded overload."""
    _overloads.clear()


def final(f):
    """Mark a method or class as final (sets __final__ where it can)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Mark a class or function as not type-checked."""
    if isinstance(arg, type):
        for value in list(vars(arg).values()):
            if isinstance(value, types.FunctionType):
                value.__no_type_check__ = True
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Make decorator's results no_type_check."""
    @_functools.wraps(decorator)
    def wrapped(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Mark a decorator, base class or metaclass as making dataclass-like classes."""
    def mark(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default,
            'kw_only_default': kw_only_default, 'field_specifiers': field_specifiers,
            'kwargs': kwargs}
        return cls_or_fn
    return mark


class NewType:
    """A distinct type for checkers; at run time calling it returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __mro_entries__(self, bases):
        # The message names the subclass, known only once its class statement runs.
        parent = self.__name__

        class _Refuse:
            def __init_subclass__(cls):
                raise TypeError('Cannot subclass an instance of NewType. Perhaps you were '
                                'looking for: `%s = NewType(%r, %s)`'
                                % (cls.__name__, cls.__name__, parent))
        return (_Refuse,)

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]
