

# ---- patch ---------------------------------------------------------------------------------

def _resolve(dotted):
    # the object a dotted name leads to, importing modules on the way
    parts = dotted.split('.')
    path = parts[0]
    found = __import__(path)
    for part in parts[1:]:
        path += '.' + part
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(path)
            found = getattr(found, part)
    return found


def _split_target(target):
    try:
        where, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError('Need a valid target to patch. You supplied: %r' % (target,))
    return functools.partial(_resolve, where), attribute


def _is_started(patcher):
    return hasattr(patcher, 'is_local')


class _patch:
    """One attribute replaced while a context, a decorated function or start()/stop()
    lasts."""

    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec,
                 new_callable, kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        if not unsafe:
            for typo in ('autospect', 'auto_spec', 'set_spec'):
                if typo in kwargs:
                    raise RuntimeError('%r might be a typo; use unsafe=True if this is '
                                       'intended' % typo)
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []

    def copy(self):
        twin = _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                      self.spec_set, self.autospec, self.new_callable, self.kwargs)
        twin.attribute_name = self.attribute_name
        twin.additional_patchers = [p.copy() for p in self.additional_patchers]
        return twin

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for name in dir(klass):
            if not name.startswith(patch.TEST_PREFIX):
                continue
            value = getattr(klass, name)
            if not hasattr(value, '__call__'):
                continue
            setattr(klass, name, self.copy()(value))
        return klass

    @contextlib.contextmanager
    def decoration_helper(self, patched, args, keywargs):
        extra = []
        with contextlib.ExitStack() as stack:
            for patching in patched.patchings:
                made = stack.enter_context(patching)
                if patching.attribute_name is not None:
                    keywargs.update(made)
                elif patching.new is DEFAULT:
                    extra.append(made)
            yield args + tuple(extra), keywargs

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @functools.wraps(func)
        def patched(*args, **keywargs):
            with self.decoration_helper(patched, args, keywargs) as (new_args, new_kw):
                return func(*new_args, **new_kw)
        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in builtins.__dict__ and isinstance(target, ModuleType):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError('%s does not have the attribute %r' % (target, name))
        return original, local

    def _make_new(self, original):
        # the mock patch creates when no 'new' is given
        spec, spec_set = self.spec, self.spec_set
        inherit = False
        if spec is True:
            spec = original
            if spec_set is True:
                spec_set, spec = original, None
        elif spec is not None:
            if spec_set is True:
                spec_set, spec = spec, None
        elif spec_set is True:
            spec_set = original
        if spec is not None or spec_set is not None:
            if original is DEFAULT:
                raise TypeError("Can't use 'spec' with create=True")
            if isinstance(original, type):
                inherit = True
        klass = MagicMock
        if _is_async_obj(original) and spec is None:
            klass = AsyncMock
        options = {}
        if self.new_callable is not None:
            klass = self.new_callable
        elif spec is not None or spec_set is not None:
            model = spec_set if spec_set is not None else spec
            if _is_list(model):
                not_callable = '__call__' not in model
            else:
                not_callable = not callable(model)
            if _is_async_obj(model):
                klass = AsyncMock
            elif not_callable:
                klass = NonCallableMagicMock
        if spec is not None:
            options['spec'] = spec
        if spec_set is not None:
            options['spec_set'] = spec_set
        if isinstance(klass, type) and issubclass(klass, NonCallableMock) and self.attribute:
            options['name'] = self.attribute
        options.update(self.kwargs)
        new = klass(**options)
        if inherit and _is_instance_mock(new):
            model = spec_set if spec_set is not None else spec
            if not _is_list(model) and not _instance_callable(model):
                klass = NonCallableMagicMock
            options.pop('name')
            new.return_value = klass(_new_parent=new, _new_name='()', **options)
        return new

    def __enter__(self):
        """Perform the patch."""
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec = self.autospec
        self.target = self.getter()
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        if autospec is False:
            autospec = None
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if (spec is not None or autospec is not None) and spec_set not in (True, None):
            raise TypeError("Can't provide explicit spec_set *and* spec or autospec")
        original, local = self.get_original()
        if new is DEFAULT and autospec is None:
            saved = self.spec, self.spec_set
            self.spec, self.spec_set = spec, spec_set
            try:
                new = self._make_new(original)
            finally:
                self.spec, self.spec_set = saved
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't specify autospec "
                                "and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            if autospec is True:
                autospec = original
            if _is_instance_mock(self.target):
                raise InvalidSpecError('Cannot autospec attr %r as the patch target has '
                                       'already been mocked out. [target=%r, attr=%r]'
                                       % (self.attribute, self.target, autospec))
            if _is_instance_mock(autospec):
                raise InvalidSpecError('Cannot autospec attr %r from target %r as it has '
                                       'already been mocked out. [target=%r, attr=%r]'
                                       % (self.attribute, getattr(self.target, '__name__', self.target),
                                          self.target, autospec))
            new = create_autospec(autospec, spec_set=bool(spec_set), _name=self.attribute,
                                  **self.kwargs)
        elif self.kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        self.temp_original = original
        self.is_local = local
        self._exit_stack = contextlib.ExitStack()
        try:
            setattr(self.target, self.attribute, new)
            if self.attribute_name is None:
                return new
            made = {}
            if self.new is DEFAULT:
                made[self.attribute_name] = new
            for other in self.additional_patchers:
                value = self._exit_stack.enter_context(other)
                if other.new is DEFAULT:
                    made.update(value)
            return made
        except:
            if not self.__exit__(*sys.exc_info()):
                raise

    def __exit__(self, *exc_info):
        """Undo the patch."""
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or
                                    self.attribute in ('__doc__', '__module__',
                                                       '__defaults__', '__annotations__',
                                                       '__kwdefaults__')):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        stack = self._exit_stack
        del self._exit_stack
        return stack.__exit__(*exc_info)

    def start(self):
        """Activate the patch; stop() (or patch.stopall()) undoes it."""
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        """Undo a patch started with start()."""
        try:
            self._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    """patch.object(target, 'attribute'): patch an attribute of an object you hold."""
    if type(target) is str:
        raise TypeError('%r must be the actual object to be patched, not a str' % (target,))
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    """patch.multiple(target, a=DEFAULT, b=value): several attributes at once; mocks made
    for DEFAULT are passed by keyword."""
    if type(target) is str:
        getter = functools.partial(_resolve, target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    first = None
    for attribute, new in kwargs.items():
        one = _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                     {})
        one.attribute_name = attribute
        if first is None:
            first = one
        else:
            first.additional_patchers.append(one)
    return first


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, *, unsafe=False, **kwargs):
    """Replace the object named by the dotted target with new (a MagicMock by default)
    inside a with block, a decorated function or class, or between start() and stop()."""
    getter, attribute = _split_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                  kwargs, unsafe=unsafe)


def _copy_items(source, target):
    try:
        target.update(source)
    except AttributeError:
        for key in source:
            target[key] = source[key]


def _empty(mapping):
    try:
        mapping.clear()
    except AttributeError:
        for key in list(mapping):
            del mapping[key]


class _patch_dict:
    """A dictionary (or mapping, or the dotted name of one) given extra or other items,
    restored afterwards."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return self.decorate_class(f)

        @functools.wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_class(self, klass):
        for name in dir(klass):
            value = getattr(klass, name)
            if name.startswith(patch.TEST_PREFIX) and hasattr(value, '__call__'):
                twin = _patch_dict(self.in_dict, self.values, self.clear)
                setattr(klass, name, twin(value))
        return klass

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _resolve(self.in_dict)
        mapping = self.in_dict
        try:
            saved = mapping.copy()
        except AttributeError:
            saved = {}
            for key in mapping:
                saved[key] = mapping[key]
        self._original = saved
        if self.clear:
            _empty(mapping)
        _copy_items(self.values, mapping)

    def _unpatch_dict(self):
        _empty(self.in_dict)
        _copy_items(self._original, self.in_dict)

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _patch_stopall():
    """Stop every patch started with start(), last started first."""
    for active in reversed(_patch._active_patches):
        active.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'


# ---- mock_open and seal --------------------------------------------------------------------

_file_spec = None


def _stream_of(data):
    return io.BytesIO(data) if isinstance(data, bytes) else io.StringIO(data)


def mock_open(mock=None, read_data=''):
    """A mock of open() whose handle reads read_data (read, readline, readlines,
    iteration) and records writes."""
    global _file_spec
    state = [_stream_of(read_data), None]

    def read(*args, **kwargs):
        if handle.read.return_value is not None:
            return handle.read.return_value
        return state[0].read(*args, **kwargs)

    def readlines(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return state[0].readlines(*args, **kwargs)

    def lines():
        if handle.readline.return_value is not None:
            while True:
                yield handle.readline.return_value
        for line in state[0]:
            yield line

    def readline_lines(*args, **kwargs):
        yield from lines()
        while True:
            yield state[0].readline(*args, **kwargs)

    def next_line():
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return next(state[0])

    if _file_spec is None:
        _file_spec = sorted(set(dir(io.TextIOWrapper)) | set(dir(io.BytesIO)))
    if mock is None:
        mock = MagicMock(name='open', spec=open)
    handle = MagicMock(spec=_file_spec)
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    handle.read.side_effect = read
    state[1] = readline_lines()
    handle.readline.side_effect = state[1]
    handle.readlines.side_effect = readlines
    handle.__iter__.side_effect = lines
    handle.__next__.side_effect = next_line

    def reopen(*args, **kwargs):
        state[0] = _stream_of(read_data)
        if handle.readline.side_effect == state[1]:
            state[1] = readline_lines()
            handle.readline.side_effect = state[1]
        return DEFAULT
    mock.side_effect = reopen
    mock.return_value = handle
    return mock


def seal(mock):
    """Stop mock and its children from making new attributes: reading one that was not
    set raises AttributeError."""
    mock._mock_sealed = True
    for name in dir(mock):
        try:
            child = getattr(mock, name)
        except AttributeError:
            continue
        if not _is_instance_mock(child):
            continue
        if isinstance(mock._mock_children.get(name), _SpecState):
            continue
        if child._mock_new_parent is mock:
            seal(child)
