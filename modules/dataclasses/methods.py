

# ---- the generated methods ------------------------------------------------------------
#
# Methods are compiled from source, as CPython's are, so their signatures, defaults and
# argument errors are those of ordinary functions; their globals are the module's, the
# values they use (defaults, factories, the class) closure cells of a maker function.
# Inside the maker, the source is wrapped in classes (and functions, for `<locals>`)
# spelling the class's qualified name, the outermost declared global so that no
# "maker.<locals>" prefix appears: the code objects' qualified names read
# "Point.__init__" and a bad call says "Point.__init__() missing 1 required positional
# argument: 'y'" as CPython's does. The module global the outermost wrapper binds for a
# moment is put back.

class _Methods:
    """Collects the source of a class's generated methods and the values they refer to,
    then compiles them in one go."""

    def __init__(self, cls):
        self.cls = cls
        self.defs = []
        self.names = []
        self.values = {'_dc_object': object, '_dc_MISSING': MISSING,
                       '_dc_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
                       '_dc_FrozenInstanceError': FrozenInstanceError}

    def add(self, name, params, body):
        lines = ['def %s(%s):' % (name, ', '.join(params))]
        lines.extend('    ' + line for line in (body or ['pass']))
        self.defs.append(lines)
        self.names.append(name)

    def build(self):
        """The compiled functions, by name."""
        module = sys.modules.get(self.cls.__module__)
        if module is not None:
            space = module.__dict__
        else:
            space = {'__builtins__': _builtins}
        outer, lines = _scaffold(self.cls.__qualname__, self.defs, self.names)
        params = ', '.join(['_dc_made'] + list(self.values))
        src = '\n'.join(['def _dc_maker(%s):' % params] + ['    ' + l for l in lines])
        maker_ns = {}
        exec(compile(src, '<string>', 'exec'), space, maker_ns)
        made = []
        saved = space.get(outer, _MISSING_GLOBAL) if outer else _MISSING_GLOBAL
        try:
            maker_ns['_dc_maker'](made, *self.values.values())
        finally:
            if outer:
                if saved is _MISSING_GLOBAL:
                    space.pop(outer, None)
                else:
                    space[outer] = saved
        funcs = dict(zip(self.names, made))
        for fn in funcs.values():
            fn.__qualname__ = '%s.%s' % (self.cls.__qualname__, fn.__name__)
        return funcs


_MISSING_GLOBAL = object()


def _plain_name(part):
    return part.isidentifier() and not keyword.iskeyword(part) and not part.startswith('__')


def _scaffold(qualname, defs, names):
    """The name the outermost wrapper binds as a global (None without wrappers) and the
    source lines defining the functions in defs, so that their code's qualified names are
    qualname + '.' + name, appending them to _dc_made in the order of names."""
    parts = qualname.split('.')
    inner = [line for lines in defs for line in lines]
    inner.append('_dc_made.extend((%s,))' % ', '.join(names))
    if not (all(p == '<locals>' or _plain_name(p) for p in parts)
            and parts[0] != '<locals>' and parts[-1] != '<locals>'):
        return None, inner
    for i in range(len(parts) - 1, -1, -1):
        part = parts[i]
        if part == '<locals>':
            continue
        body = ['    ' + line for line in inner]
        if i + 1 < len(parts) and parts[i + 1] == '<locals>':
            inner = ['def %s():' % part] + body + ['%s()' % part]
        else:
            inner = ['class %s:' % part] + body
    return parts[0], ['global ' + parts[0]] + inner


def _tuple_of(obj, flds):
    return '(' + ''.join('%s.%s,' % (obj, f.name) for f in flds) + ')'


def _store(frozen, self_name, name, value):
    if frozen:
        return '_dc_object.__setattr__(%s, %r, %s)' % (self_name, name, value)
    return '%s.%s = %s' % (self_name, name, value)


def _add_init(m, fields_all, positional, kw_only, frozen, post_init, self_name, slots):
    seen_default = False
    for f in positional:
        if not f.init:
            continue
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError('non-default argument %r follows default argument' % (f.name,))

    def param(f):
        if f.default is not MISSING:
            return '%s=_dc_dflt_%s' % (f.name, f.name)
        if f.default_factory is not MISSING:
            return '%s=_dc_HAS_DEFAULT_FACTORY' % (f.name,)
        return f.name

    body = []
    for f in fields_all:
        dflt = '_dc_dflt_' + f.name
        if f.default_factory is not MISSING:
            m.values[dflt] = f.default_factory
            if f.init:
                value = '%s() if %s is _dc_HAS_DEFAULT_FACTORY else %s' % (dflt, f.name, f.name)
            else:
                value = dflt + '()'
        elif f.init:
            if f.default is not MISSING:
                m.values[dflt] = f.default
            value = f.name
        elif slots and f.default is not MISSING:
            m.values[dflt] = f.default
            value = dflt
        else:
            continue  # the class attribute holds the default
        if f._field_type is not _FIELD_INITVAR:
            body.append(_store(frozen, self_name, f.name, value))
    if post_init:
        initvars = [f.name for f in fields_all if f._field_type is _FIELD_INITVAR]
        body.append('%s.%s(%s)' % (self_name, _POST_INIT_NAME, ', '.join(initvars)))
    params = [self_name] + [param(f) for f in positional]
    if kw_only:
        params += ['*'] + [param(f) for f in kw_only]
    m.add('__init__', params, body)


def _add_repr(m, flds):
    # An instance met again while it is being shown (a cycle) prints as '...'.
    m.values['_dc_repr_running'] = set()
    m.values['_dc_get_ident'] = _thread.get_ident
    shown = ', '.join('%s={self.%s!r}' % (f.name, f.name) for f in flds)
    m.add('__repr__', ['self'],
          ['key = id(self), _dc_get_ident()',
           'if key in _dc_repr_running:',
           "    return '...'",
           '_dc_repr_running.add(key)',
           'try:',
           '    return self.__class__.__qualname__ + f"(%s)"' % shown,
           'finally:',
           '    _dc_repr_running.discard(key)'])


def _add_compare(m, name, op, flds):
    m.add(name, ['self', 'other'],
          ['if other.__class__ is self.__class__:',
           '    return %s %s %s' % (_tuple_of('self', flds), op, _tuple_of('other', flds)),
           'return NotImplemented'])


def _add_frozen_guards(m, cls, flds):
    m.values['_dc_cls'] = cls
    names = '(' + ''.join('%r,' % f.name for f in flds) + ')'
    for name, verb, params, call in (('__setattr__', 'assign to', 'self, name, value',
                                      '__setattr__(name, value)'),
                                     ('__delattr__', 'delete', 'self, name',
                                      '__delattr__(name)')):
        m.add(name, params.split(', '),
              ['if type(self) is _dc_cls or name in %s:' % names,
               '    raise _dc_FrozenInstanceError(f"cannot %s field {name!r}")' % verb,
               'super(_dc_cls, self).%s' % call])


def _add_hash(m, flds):
    used = [f for f in flds if (f.compare if f.hash is None else f.hash)]
    m.add('__hash__', ['self'], ['return hash(%s)' % _tuple_of('self', used)])


# What happens to __hash__, by (unsafe_hash, eq, frozen, class defines __hash__): None
# leaves it, 'none' sets it to None, 'add' generates it, 'error' refuses.
def _hash_plan(unsafe_hash, eq, frozen, explicit):
    if unsafe_hash:
        return 'error' if explicit else 'add'
    if not eq or explicit:
        return None
    return 'add' if frozen else 'none'


def _annotation_text(tp):
    if getattr(tp, '__module__', None) == 'typing':
        return repr(tp).replace('typing.', '')
    if isinstance(tp, types.GenericAlias):
        return str(tp)
    if isinstance(tp, type):
        if tp.__module__ == 'builtins':
            return tp.__qualname__
        return tp.__module__ + '.' + tp.__qualname__
    return repr(tp)


def _init_text(cls):
    """The text inspect.signature gives cls (its __init__'s parameters after self, with
    annotations and defaults): '(x: int, *, y: str = 'a')'."""
    fn = cls.__init__
    code = getattr(fn, '__code__', None)
    if code is None:
        return '()'
    names = code.co_varnames
    npos = code.co_argcount
    nkw = code.co_kwonlyargcount
    posonly = getattr(code, 'co_posonlyargcount', 0)
    ann = getattr(fn, '__annotations__', None) or {}
    defaults = fn.__defaults__ or ()
    kwdefaults = fn.__kwdefaults__ or {}
    first_default = npos - len(defaults)

    def one(name, has_default, default, prefix=''):
        text = prefix + name
        if name in ann:
            text += ': ' + _annotation_text(ann[name])
            if has_default:
                text += ' = %r' % (default,)
        elif has_default:
            text += '=%r' % (default,)
        return text

    parts = []
    for i in range(1, npos):
        has = i >= first_default
        parts.append(one(names[i], has, defaults[i - first_default] if has else None))
        if i == posonly - 1:
            parts.append('/')
    star = npos + nkw
    if code.co_flags & 0x04:
        parts.append(one(names[star], False, None, '*'))
    elif nkw:
        parts.append('*')
    for name in names[npos:npos + nkw]:
        parts.append(one(name, name in kwdefaults, kwdefaults.get(name)))
    if code.co_flags & 0x08:
        parts.append(one(names[star + bool(code.co_flags & 0x04)], False, None, '**'))
    text = '(' + ', '.join(parts) + ')'
    if 'return' in ann and ann['return'] is not None:
        text += ' -> ' + _annotation_text(ann['return'])
    return text
