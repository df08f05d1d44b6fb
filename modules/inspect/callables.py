

class Signature:
    """The parameters of a callable and its return annotation, as signature() finds them.
    Immutable; bind() and bind_partial() map call arguments onto it."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        found = {}
        if parameters is not None:
            if __validate_parameters__:
                last_kind = _POSITIONAL_ONLY
                defaults_started = False
                for param in parameters:
                    kind = param.kind
                    if kind < last_kind:
                        raise ValueError('wrong parameter order: %s parameter before %s '
                                         'parameter' % (last_kind.description, kind.description))
                    if kind > last_kind:
                        last_kind = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if defaults_started:
                                raise ValueError('non-default argument follows default '
                                                 'argument')
                        else:
                            defaults_started = True
                    if param.name in found:
                        raise ValueError('duplicate parameter name: %r' % (param.name,))
                    found[param.name] = param
            else:
                found = dict((p.name, p) for p in parameters)
        self._parameters = types.MappingProxyType(found)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        """The signature of the callable obj."""
        return _signature_of(obj, follow_wrapped, True, globals, locals, eval_str, cls)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy with the given parameters or return annotation."""
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        positional = tuple(p for p in self._parameters.values() if p.kind != _KEYWORD_ONLY)
        keyword = frozenset(p for p in self._parameters.values() if p.kind == _KEYWORD_ONLY)
        return positional, keyword, self._return_annotation

    def __hash__(self):
        positional, keyword, ret = self._hash_basis()
        return hash((positional, frozenset(keyword), ret))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, partial):
        bound = {}
        kwargs = dict(kwargs)
        params = list(self._parameters.values())
        position = 0
        index = 0
        # Positional arguments, in order.
        while position < len(args):
            if index >= len(params):
                raise TypeError('too many positional arguments') from None
            param = params[index]
            if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                raise TypeError('too many positional arguments') from None
            if param.kind == _VAR_POSITIONAL:
                bound[param.name] = tuple(args[position:])
                position = len(args)
                index += 1
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError('multiple values for argument %r' % (param.name,)) from None
            bound[param.name] = args[position]
            position += 1
            index += 1
        # The rest by keyword, or their defaults.
        var_keyword = None
        for param in params[index:]:
            if param.kind == _VAR_KEYWORD:
                var_keyword = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            name = param.name
            if param.kind == _POSITIONAL_ONLY and name in kwargs:
                if any(p.kind == _VAR_KEYWORD for p in params):
                    if not partial and param.default is _empty:
                        raise TypeError('missing a required argument: %r' % (name,)) from None
                    continue
                raise TypeError('%r parameter is positional only, but was passed as a keyword'
                                % (name,))
            if name in kwargs:
                bound[name] = kwargs.pop(name)
            elif not partial and param.default is _empty:
                raise TypeError('missing a required argument: %r' % (name,)) from None
        if kwargs:
            if var_keyword is None:
                raise TypeError('got an unexpected keyword argument %r' % (next(iter(kwargs)),))
            bound[var_keyword.name] = kwargs
        return self._bound_arguments_cls(self, bound)

    def bind(self, /, *args, **kwargs):
        """BoundArguments mapping the call's arguments to the parameters; TypeError
        when they do not fit."""
        return self._bind(args, kwargs, False)

    def bind_partial(self, /, *args, **kwargs):
        """As bind, with required arguments allowed to be missing."""
        return self._bind(args, kwargs, True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self)

    def __str__(self):
        parts = []
        params = list(self._parameters.values())
        for i, param in enumerate(params):
            before = params[i - 1].kind if i else None
            if before == _POSITIONAL_ONLY and param.kind != _POSITIONAL_ONLY:
                parts.append('/')
            if param.kind == _KEYWORD_ONLY and not any(p.kind == _VAR_POSITIONAL
                                                       for p in params[:i]) \
                    and before != _KEYWORD_ONLY:
                parts.append('*')
            parts.append(str(param))
        if params and params[-1].kind == _POSITIONAL_ONLY:
            parts.append('/')
        text = '(' + ', '.join(parts) + ')'
        if self._return_annotation is not _empty:
            text += ' -> ' + formatannotation(self._return_annotation)
        return text


def _function_signature(cls, func, skip_first, globals, locals, eval_str):
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = getattr(code, 'co_posonlyargcount', 0)
    nkw = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    notes = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    first_default = npos - len(defaults)
    params = []

    def add(name, kind, default=_empty):
        params.append(Parameter(name, kind, default=default,
                                annotation=notes.get(name, _empty)))

    for i in range(npos):
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        add(names[i], kind, defaults[i - first_default] if i >= first_default else _empty)
    extra = npos + nkw
    if code.co_flags & CO_VARARGS:
        add(names[extra], _VAR_POSITIONAL)
    for name in names[npos:npos + nkw]:
        add(name, _KEYWORD_ONLY, kwdefaults.get(name, _empty))
    if code.co_flags & CO_VARKEYWORDS:
        add(names[extra + (1 if code.co_flags & CO_VARARGS else 0)], _VAR_KEYWORD)
    sig = cls(params, return_annotation=notes.get('return', _empty),
              __validate_parameters__=False)
    return _without_first(sig) if skip_first else sig


def _without_first(sig):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _partial_signature(sig, partial):
    """The signature left when functools.partial fixes some arguments."""
    params = list(sig.parameters.values())
    try:
        bound = sig.bind_partial(*partial.args, **partial.keywords)
    except TypeError as exc:
        raise ValueError('partial object %r has incorrect arguments' % (partial,)) from exc
    out = []
    keyword_only = False
    given_positional = len(partial.args)
    for i, param in enumerate(params):
        name = param.name
        if param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD) and i < given_positional:
            continue
        if name in partial.keywords and param.kind not in (_VAR_POSITIONAL, _VAR_KEYWORD):
            if param.kind == _POSITIONAL_ONLY:
                continue
            out.append(param.replace(default=bound.arguments[name], kind=_KEYWORD_ONLY))
            keyword_only = True
            continue
        if keyword_only and param.kind == _POSITIONAL_OR_KEYWORD:
            param = param.replace(kind=_KEYWORD_ONLY)
        elif keyword_only and param.kind == _VAR_POSITIONAL:
            continue
        out.append(param)
    return sig.replace(parameters=out)


def _python_method(owner, name):
    """owner's attribute name when it is a function written in Python (not a builtin
    slot wrapper)."""
    try:
        meth = getattr(owner, name)
    except AttributeError:
        return None
    if isinstance(meth, (types.FunctionType, types.MethodType, functools.partial)):
        return meth
    return None


def _signature_of(obj, follow_wrapped, skip_first, globals, locals, eval_str, cls=None):
    cls = cls or Signature
    if not callable(obj):
        raise TypeError('%r is not a callable object' % (obj,))
    again = lambda o, skip=True: _signature_of(o, follow_wrapped, skip, globals, locals,
                                               eval_str, cls)
    if isinstance(obj, types.MethodType) and hasattr(obj, '__func__'):
        sig = again(obj.__func__)
        return _without_first(sig) if skip_first else sig
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, types.MethodType) and hasattr(obj, '__func__'):
            return again(obj, skip_first)
    try:
        declared = obj.__signature__
    except AttributeError:
        pass
    else:
        if declared is not None:
            if not isinstance(declared, Signature):
                raise TypeError('unexpected object %r in __signature__ attribute' % (declared,))
            return declared
    if isinstance(obj, types.FunctionType):
        return _function_signature(cls, obj, False, globals, locals, eval_str)
    if isinstance(obj, functools.partial):
        return _partial_signature(again(obj.func), obj)
    sig = None
    if isinstance(obj, type):
        call = _python_method(type(obj), '__call__')
        if call is not None and type(obj) is not type:
            sig = again(call)
        else:
            new = _python_method(obj, '__new__')
            init = _python_method(obj, '__init__')
            factory = None
            for base in obj.__mro__:
                if new is not None and '__new__' in base.__dict__:
                    factory = new
                    break
                if init is not None and '__init__' in base.__dict__:
                    factory = init
                    break
            if factory is not None:
                sig = again(factory)
                if isinstance(factory, types.FunctionType):
                    sig = _without_first(sig)
        if sig is None:
            if all(b.__module__ == 'builtins' for b in obj.__mro__[:-1]) and obj.__mro__[:-1]:
                raise ValueError('no signature found for builtin type %r' % (obj,))
            return cls([])
        return sig
    if isinstance(obj, types.BuiltinFunctionType) or type(obj).__name__ in (
            'method_descriptor', 'wrapper_descriptor', 'method', 'builtin_function_or_method'):
        text, bound = _text_signature(obj)
        if text is None:
            raise ValueError('no signature found for builtin %r' % (obj,))
        return _signature_from_text(cls, obj, text, bound)
    if not isinstance(obj, (types.BuiltinFunctionType, types.MethodType)):
        call = _python_method(type(obj), '__call__')
        if call is not None:
            return _without_first(again(call, False)) if not isinstance(call, types.MethodType) \
                else again(call)
    raise ValueError('callable %r is not supported by signature' % (obj,))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable: a function, method, class, functools.partial or any
    object with a Python __call__."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)


FullArgSpec = collections.namedtuple(
    'FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    """The parameters of func in the older FullArgSpec form (self included)."""
    try:
        sig = _signature_of(func, False, False, None, None, False)
    except Exception as exc:
        raise TypeError('unsupported callable') from exc
    args, kwonly, defaults = [], [], []
    varargs = varkw = None
    kwdefaults = {}
    notes = {}
    if sig.return_annotation is not _empty:
        notes['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind, name = param.kind, param.name
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not _empty:
                defaults.append(param.default)
        elif kind == _VAR_POSITIONAL:
            varargs = name
        elif kind == _KEYWORD_ONLY:
            kwonly.append(name)
            if param.default is not _empty:
                kwdefaults[name] = param.default
        else:
            varkw = name
        if param.annotation is not _empty:
            notes[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, tuple(defaults) or None, kwonly,
                       kwdefaults or None, notes)


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """obj's own annotations as a new dict (strings evaluated with eval_str)."""
    if isinstance(obj, type):
        found = obj.__dict__.get('__annotations__', None)
        home = sys.modules.get(obj.__module__)
        space = getattr(home, '__dict__', None)
        local_space = dict(vars(obj))
        unwrapped = obj
    elif isinstance(obj, types.ModuleType):
        found = getattr(obj, '__annotations__', None)
        space = obj.__dict__
        local_space = None
        unwrapped = obj
    elif callable(obj):
        found = getattr(obj, '__annotations__', None)
        space = getattr(obj, '__globals__', None)
        local_space = None
        unwrapped = obj
    else:
        raise TypeError('%r is not a module, class, or callable.' % (obj,))
    if found is None:
        return {}
    if not isinstance(found, dict):
        raise ValueError('%r.__annotations__ is neither a dict nor None' % (obj,))
    if not found:
        return {}
    if not eval_str:
        return dict(found)
    if unwrapped is not obj or globals is None:
        while hasattr(unwrapped, '__wrapped__'):
            unwrapped = unwrapped.__wrapped__
        if isinstance(unwrapped, functools.partial):
            unwrapped = unwrapped.func
        globals = getattr(unwrapped, '__globals__', space) if globals is None else globals
    if locals is None:
        locals = local_space
    return {key: eval(value, globals, locals) if isinstance(value, str) else value
            for key, value in found.items()}


_BUILTIN_TYPES = (str, bytes, bytearray, list, tuple, dict, set, frozenset, int, float,
                  complex, range, object, type, memoryview, bool, slice)


def _text_signature(obj):
    # (CPython's text signature of a builtin, whether obj is bound), from the table
    name = getattr(obj, '__name__', None)
    if not isinstance(name, str):
        return None, False
    owner = getattr(obj, '__self__', None)
    if owner is not None and not isinstance(owner, types.ModuleType):
        kind = owner if isinstance(owner, type) else type(owner)
        for base in kind.__mro__:
            text = _TEXT_SIGNATURES.get('%s.%s' % (base.__name__, name))
            if text is not None:
                return text, True
        return None, True
    module = getattr(obj, '__module__', None)
    if isinstance(module, str) and module != 'builtins':
        text = _MODULE_TEXT_SIGNATURES.get('%s.%s' % (module, name))
        if text is not None and getattr(sys.modules.get(module), name, None) is obj:
            return text, False
    import builtins
    if getattr(builtins, name, None) is obj and name in _TEXT_SIGNATURES:
        return _TEXT_SIGNATURES[name], False
    for kind in _BUILTIN_TYPES:
        if vars(kind).get(name) is obj or getattr(kind, name, None) == obj:
            return _TEXT_SIGNATURES.get('%s.%s' % (kind.__name__, name)), False
    return None, False


def _signature_from_text(cls, obj, text, bound):
    # '($self, a, /, b=1)' -> the Signature, the $-parameter dropped when it is bound (or a
    # module or type) and named plainly otherwise
    if '<unrepresentable>' in text:
        raise ValueError('%r builtin has invalid signature' % (obj,))
    params = [p.strip() for p in text.strip()[1:-1].split(', ')] if text.strip() != '()' else []
    if params and params[0].startswith('$'):
        first = params.pop(0)[1:]
        if first == 'self' and not bound:
            params.insert(0, 'self')
        elif params and params[0] == '/':
            params.pop(0)
    # defaults may name the module's constants (zlib's level=Z_DEFAULT_COMPRESSION)
    home = sys.modules.get(getattr(obj, '__module__', None) or '')
    space = dict(vars(home)) if home is not None else {}
    exec('def _builtin(%s): pass' % ', '.join(params), space)
    return _function_signature(cls, space['_builtin'], False, None, None, False)
