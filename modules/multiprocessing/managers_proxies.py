# multiprocessing.managers, second part: the proxy types and SyncManager's registrations.
# managers.go runs this file after managers.py in the same module namespace.
#
# A proxy holds a token (typeid, address, id) and forwards each call as one request
# (id, method, args, kwds) on a per-thread connection to the manager that owns the referent.
# Most proxy methods are made by the small factories below instead of being spelled out.

_connections = threading.local()


def _thread_connection(address, authkey):
    """This thread's connection to the manager at address, opened on first use."""
    try:
        table = _connections.by_address
    except AttributeError:
        table = _connections.by_address = {}
    if address not in table:
        link = Client(address, authkey=authkey)
        dispatch(link, None, 'accept_connection', (threading.current_thread().name,))
        table[address] = link
    return table[address]


class BaseProxy(object):
    """A reference to an object held by a manager; method calls go to the manager."""

    def __init__(self, token, serializer, manager=None, authkey=None, exposed=None,
                 incref=True, manager_owned=False):
        self._token = token
        self._id = token.id
        self._manager = manager
        self._serializer = serializer
        if authkey is None and manager is not None:
            authkey = manager._authkey
        elif authkey is None:
            authkey = multiprocessing.current_process().authkey
        self._authkey = bytes(authkey)
        if exposed is not None:
            self._exposed_ = exposed

    def _connection(self):
        return _thread_connection(self._token.address, self._authkey)

    def _callmethod(self, methodname, args=(), kwds={}):
        """Call methodname on the referent in the manager and return the result."""
        link = self._connection()
        request = (self._id, methodname, args, kwds)
        link.send(request)
        tag, payload = link.recv()
        if tag == '#PROXY':
            names, tok = payload
            maker = _proxy_types.get(tok.typeid, AutoProxy)
            return maker(tok, self._serializer, manager=self._manager,
                         authkey=self._authkey, exposed=names)
        if tag != '#RETURN':
            raise convert_to_error(tag, payload)
        return payload

    def _getvalue(self):
        """A copy of the referent."""
        return self._callmethod('#GETVALUE')

    def __reduce__(self):
        extra = {}
        rebuild_with = type(self)
        if getattr(self, '_isauto', False):
            extra['exposed'] = self._exposed_
            rebuild_with = AutoProxy
        return RebuildProxy, (rebuild_with, self._token, self._serializer, extra)

    def __deepcopy__(self, memo):
        return self._getvalue()

    def __repr__(self):
        cls_name = type(self).__name__
        return '<%s object, typeid %r at %#x>' % (cls_name, self._token.typeid, id(self))

    def __str__(self):
        try:
            text = self._callmethod('__repr__')
        except Exception:
            text = repr(self)[:-1] + "; '__str__()' failed>"
        return text


def RebuildProxy(func, token, serializer, kwds):
    """Unpickle a proxy. Inside the manager that owns the referent it stays a proxy
    (manager_owned): a managed list stored in a managed dict is still shared when a client
    reads it back, as a proxy to the same list."""
    here = getattr(multiprocessing.current_process(), '_manager_server', None)
    if here is not None and here.address == token.address:
        kwds['manager_owned'] = True
    return func(token, serializer, **kwds)


def _forwarder(name):
    """A method passing its arguments unchanged to the referent's method name."""
    def method(self, *args, **kwds):
        return self._callmethod(name, args, kwds)
    method.__name__ = name
    return method


def _no_arg(name):
    """A method taking no argument that calls the referent's method name."""
    def method(self):
        return self._callmethod(name)
    method.__name__ = name
    return method


def _timed_wait():
    """A wait(timeout=None) method: the timeout always travels, even when None."""
    def wait(self, timeout=None):
        return self._callmethod('wait', [timeout])
    return wait


def _remote_attribute(attr):
    """A read-only property fetching attribute attr of the referent."""
    def getter(self):
        return self._callmethod('__getattribute__', [attr])
    getter.__name__ = attr
    return property(getter)


def MakeProxyType(name, exposed, _cache={}):
    """A proxy class whose methods are the exposed names, called in the manager."""
    names = tuple(exposed)
    key = (name, names)
    made = _cache.get(key)
    if made is None:
        namespace = {meth: _forwarder(meth) for meth in names}
        made = type(name, (BaseProxy,), namespace)
        made._exposed_ = names
        _cache[key] = made
    return made


def AutoProxy(token, serializer, manager=None, authkey=None, exposed=None, incref=True,
              manager_owned=False):
    """A proxy for any registered type: its class is made from the exposed methods."""
    if authkey is None and manager is not None:
        authkey = manager._authkey
    if authkey is None:
        authkey = multiprocessing.current_process().authkey
    if exposed is None:
        link = Client(token.address, authkey=authkey)
        try:
            exposed = dispatch(link, None, 'get_methods', (token,))
        finally:
            link.close()
    cls = MakeProxyType('AutoProxy[' + str(token.typeid) + ']', exposed)
    instance = cls(token, serializer, manager=manager, authkey=authkey)
    instance._isauto = True
    return instance


class IteratorProxy(BaseProxy):
    _exposed_ = ('__next__', 'send', 'throw', 'close')

    def __iter__(self):
        return self

    __next__ = _forwarder('__next__')
    send = _forwarder('send')
    throw = _forwarder('throw')
    close = _forwarder('close')


class AcquirerProxy(BaseProxy):
    _exposed_ = ('acquire', 'release')

    def acquire(self, blocking=True, timeout=None):
        sent = [blocking]
        if timeout is not None:
            sent.append(timeout)
        return self._callmethod('acquire', tuple(sent))

    release = _no_arg('release')

    def __enter__(self):
        return self._callmethod('acquire')

    def __exit__(self, exc_type, exc_val, exc_tb):
        return self._callmethod('release')


class ConditionProxy(AcquirerProxy):
    _exposed_ = ('acquire', 'release', 'wait', 'notify', 'notify_all')

    wait = _timed_wait()
    notify_all = _no_arg('notify_all')

    def notify(self, n=1):
        return self._callmethod('notify', [n])

    def wait_for(self, predicate, timeout=None):
        import time
        deadline = None if timeout is None else time.monotonic() + timeout
        outcome = predicate()
        while not outcome:
            left = None
            if deadline is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    return outcome
            self.wait(left)
            outcome = predicate()
        return outcome


class EventProxy(BaseProxy):
    _exposed_ = ('is_set', 'set', 'clear', 'wait')

    is_set = _no_arg('is_set')
    set = _no_arg('set')
    clear = _no_arg('clear')
    wait = _timed_wait()


class BarrierProxy(BaseProxy):
    _exposed_ = ('__getattribute__', 'wait', 'abort', 'reset')

    wait = _timed_wait()
    abort = _no_arg('abort')
    reset = _no_arg('reset')
    parties = _remote_attribute('parties')
    n_waiting = _remote_attribute('n_waiting')
    broken = _remote_attribute('broken')


class NamespaceProxy(BaseProxy):
    _exposed_ = ('__getattribute__', '__setattr__', '__delattr__')

    # Names starting with '_' are the proxy's own; the others live in the referent.

    def __getattr__(self, key):
        if key[0] == '_':
            return object.__getattribute__(self, key)
        return self._callmethod('__getattribute__', [key])

    def __setattr__(self, key, value):
        if key[0] == '_':
            object.__setattr__(self, key, value)
            return None
        return self._callmethod('__setattr__', [key, value])

    def __delattr__(self, key):
        if key[0] == '_':
            object.__delattr__(self, key)
            return None
        return self._callmethod('__delattr__', [key])


class ValueProxy(BaseProxy):
    _exposed_ = ('get', 'set')
    __class_getitem__ = classmethod(type(list[int]))

    get = _no_arg('get')

    def set(self, value):
        return self._callmethod('set', [value])

    value = property(get, set)


_LIST_METHODS = (
    '__add__', '__contains__', '__delitem__', '__getitem__', '__len__',
    '__mul__', '__reversed__', '__rmul__', '__setitem__',
    'append', 'count', 'extend', 'index', 'insert', 'pop', 'remove',
    'reverse', 'sort', '__imul__')
BaseListProxy = MakeProxyType('BaseListProxy', _LIST_METHODS)


class ListProxy(BaseListProxy):
    # In-place operators run remotely but must hand back the proxy, not the list.

    def __iadd__(self, value):
        self._callmethod('extend', [value])
        return self

    def __imul__(self, value):
        self._callmethod('__imul__', [value])
        return self


_DICT_METHODS = (
    '__contains__', '__delitem__', '__getitem__', '__iter__', '__len__',
    '__setitem__', 'clear', 'copy', 'get', 'items',
    'keys', 'pop', 'popitem', 'setdefault', 'update', 'values')
DictProxy = MakeProxyType('DictProxy', _DICT_METHODS)
DictProxy._method_to_typeid_ = {'__iter__': 'Iterator'}

ArrayProxy = MakeProxyType('ArrayProxy', ('__len__', '__getitem__', '__setitem__'))


class SyncManager(BaseManager):
    """A manager serving queues, locks, events, lists, dicts, namespaces and values."""


def _register_sync_types():
    # (typeid, what the server calls to make the referent, proxy type); None: AutoProxy.
    table = [
        ('Queue', queue.Queue, None),
        ('JoinableQueue', queue.Queue, None),
        ('Event', threading.Event, EventProxy),
        ('Lock', threading.Lock, AcquirerProxy),
        ('RLock', threading.RLock, AcquirerProxy),
        ('Semaphore', threading.Semaphore, AcquirerProxy),
        ('BoundedSemaphore', threading.BoundedSemaphore, AcquirerProxy),
        ('Condition', threading.Condition, ConditionProxy),
        ('Barrier', threading.Barrier, BarrierProxy),
        ('list', list, ListProxy),
        ('dict', dict, DictProxy),
        ('Value', Value, ValueProxy),
        ('Array', Array, ArrayProxy),
        ('Namespace', Namespace, NamespaceProxy),
    ]
    for typeid, factory, proxy in table:
        SyncManager.register(typeid, factory, proxy)
    # Types only ever returned by method calls: no creating method on the manager.
    SyncManager.register('Iterator', proxytype=IteratorProxy, create_method=False)
    SyncManager.register('AsyncResult', create_method=False)


_register_sync_types()
del _register_sync_types
