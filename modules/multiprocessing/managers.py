# multiprocessing.managers for gopy, written for gopy: a server process that holds shared
# objects, and proxies through which other processes use them.
#
# The behaviour (type names, reprs, messages, which methods each proxy exposes) follows
# CPython 3.11's Lib/multiprocessing/managers.py; the code is our own. The server is a
# manager process listening on a Unix socket with the manager's authkey; each client
# thread has its own connection, served by its own server thread. Requests are
# (id, method, args, kwds) and replies (kind, value) as in CPython. Shared objects live
# until the manager shuts down (gopy has no finalizers to drop the server's references).

import queue
import threading
import weakref

import multiprocessing
from multiprocessing.connection import Listener, Client, deliver_challenge, \
    answer_challenge

__all__ = ['BaseManager', 'SyncManager', 'BaseProxy', 'Token', 'Namespace', 'Value',
           'Array', 'RemoteError']

_VIEW_TYPES = (type({}.keys()), type({}.values()), type({}.items()))


class Token(object):
    """Identifies a shared object: its typeid, its manager's address and its id."""

    __slots__ = ('typeid', 'address', 'id')

    def __init__(self, typeid, address, id):
        (self.typeid, self.address, self.id) = (typeid, address, id)

    def __getstate__(self):
        return (self.typeid, self.address, self.id)

    def __setstate__(self, state):
        (self.typeid, self.address, self.id) = state

    def __repr__(self):
        return '%s(typeid=%r, address=%r, id=%r)' % \
            (self.__class__.__name__, self.typeid, self.address, self.id)


class RemoteError(Exception):
    """An exception raised in the manager that could not travel as itself."""

    def __str__(self):
        return '\n' + '-' * 75 + '\n' + str(self.args[0]) + '-' * 75


def dispatch(c, id, methodname, args=(), kwds={}):
    """Send a request on connection c and return the result, or raise the error."""
    c.send((id, methodname, args, kwds))
    kind, result = c.recv()
    if kind == '#RETURN':
        return result
    raise convert_to_error(kind, result)


def convert_to_error(kind, result):
    if kind == '#ERROR':
        return result
    if kind in ('#TRACEBACK', '#UNSERIALIZABLE'):
        if kind == '#UNSERIALIZABLE':
            return RemoteError('Unserializable message: %s\n' % result)
        return RemoteError(result)
    return ValueError('Unrecognized message type {!r}'.format(kind))


def _format_exception(e):
    """The traceback text of e, sent as a '#TRACEBACK' reply."""
    import traceback
    return ''.join(traceback.format_exception(type(e), e, e.__traceback__))


def public_methods(obj):
    """The names of obj's callable attributes that do not start with '_'."""
    names = []
    for name in dir(obj):
        if name[0] != '_' and callable(getattr(obj, name, None)):
            names.append(name)
    return names


# Types the SyncManager's server creates.

class Namespace(object):
    """An object whose attributes are the shared state (manager.Namespace())."""

    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        temp = []
        for name, value in list(self.__dict__.items()):
            if not name.startswith('_'):
                temp.append('%s=%r' % (name, value))
        temp.sort()
        return '%s(%s)' % (self.__class__.__name__, ', '.join(temp))


class Value(object):
    """A value with a typecode held by the manager (manager.Value())."""

    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._typecode, self._value)

    value = property(get, set)


def Array(typecode, sequence, lock=True):
    import array
    return array.array(typecode, sequence)


# The server.

# What the server answers for these methods when the type does not expose them.
_FALLBACKS = {'__str__': str, '__repr__': repr, '#GETVALUE': lambda obj: obj}

class Server(object):
    """Serves the shared objects of one manager, a thread per client connection.

    The wire protocol is CPython's, so either side may be python3: each accepted
    connection first runs the authkey challenge both ways, then carries one request to the
    manager itself (create, incref, get_methods, shutdown...) or, after
    'accept_connection', the method calls of one client thread's proxies."""

    public = ('shutdown', 'create', 'accept_connection', 'get_methods', 'debug_info',
              'number_of_objects', 'dummy', 'incref', 'decref')

    def __init__(self, registry, address, authkey):
        self.registry = registry
        self.authkey = bytes(authkey)
        # The family follows the address (a tuple: TCP); the challenge is run per
        # connection by handle(), so a client failing it cannot stop the accepter.
        self.listener = Listener(address=address, backlog=16)
        self.address = self.listener.address
        self.id_to_obj = {'0': (None, (), None)}
        self.next_id = 1
        self.mutex = threading.Lock()
        self.stop_event = threading.Event()

    def serve_forever(self):
        multiprocessing.current_process()._manager_server = self
        t = threading.Thread(target=self.accepter, daemon=True)
        t.start()
        try:
            self.stop_event.wait()
        except (KeyboardInterrupt, SystemExit):
            pass
        self.listener.close()

    def accepter(self):
        while not self.stop_event.is_set():
            try:
                c = self.listener.accept()
            except OSError:
                continue
            threading.Thread(target=self.handle, args=(c,), daemon=True).start()

    def handle(self, conn):
        try:
            try:
                deliver_challenge(conn, self.authkey)
                answer_challenge(conn, self.authkey)
                ident, methodname, args, kwds = conn.recv()
                if methodname not in self.public:
                    raise AssertionError('%r unrecognized' % (methodname,))
            except Exception as e:
                # A wrong authkey, a peer gone mid-handshake, a bad request: only this
                # connection ends.
                try:
                    conn.send(('#TRACEBACK', _format_exception(e)))
                except Exception:
                    pass
                return
            if methodname == 'accept_connection':
                conn.send(('#RETURN', None))
                self.serve_client(conn)
                return
            reply = self.serve(None, methodname, args, kwds)
            try:
                conn.send(reply)
            except Exception:
                pass
            if methodname == 'shutdown':
                self.stop_event.set()
        finally:
            conn.close()

    def serve_client(self, conn):
        while not self.stop_event.is_set():
            try:
                ident, methodname, args, kwds = conn.recv()
            except (EOFError, OSError):
                return
            reply = self.serve(ident, methodname, args, kwds)
            try:
                conn.send(reply)
            except Exception:
                try:
                    conn.send(('#UNSERIALIZABLE', repr(reply[1])))
                except Exception:
                    return

    def serve(self, ident, methodname, args, kwds):
        try:
            if ident is None:
                return ('#RETURN', self.manager_call(methodname, args, kwds))
            obj, exposed, gettypeid = self.id_to_obj[ident]
            if methodname not in exposed and methodname in _FALLBACKS:
                return ('#RETURN', _FALLBACKS[methodname](obj))
            if methodname not in exposed:
                try:
                    raise AttributeError('method %r of %r object is not in exposed=%r' %
                                         (methodname, type(obj), exposed))
                except AttributeError as e:
                    return ('#TRACEBACK', _format_exception(e))
            if methodname == '__imul__' and isinstance(obj, list):
                obj *= args[0]  # gpython's list.__imul__ method does not work in place
                result = obj
            else:
                result = getattr(obj, methodname)(*args, **kwds)
        except Exception as e:
            return ('#ERROR', e)
        typeid = gettypeid and gettypeid.get(methodname, None)
        if typeid:
            token, exp = self.create(typeid, result)
            return ('#PROXY', (exp, token))
        if isinstance(result, _VIEW_TYPES) or methodname == '__reversed__':
            result = list(result)  # what CPython pickles for views and reverse iterators
        return ('#RETURN', result)

    def manager_call(self, methodname, args, kwds):
        if methodname == 'create':
            typeid = args[0]
            callable = self.registry[typeid][0]
            obj = callable(*args[1:], **kwds)
            token, exposed = self.create(typeid, obj, made=True)
            return token.id, exposed
        if methodname in ('incref', 'decref', 'dummy', 'shutdown'):
            return None
        if methodname == 'debug_info':
            return '\n'.join('%s: typeid=%r' % (i, type(o).__name__)
                             for i, (o, _, _) in sorted(self.id_to_obj.items()) if i != '0')
        if methodname == 'number_of_objects':
            return len(self.id_to_obj) - 1
        if methodname == 'get_methods':
            return self.id_to_obj[args[0].id][1]
        if methodname == 'accept_connection':
            return None
        raise ValueError('unknown manager method %r' % methodname)

    def create(self, typeid, obj, made=False):
        callable, exposed, method_to_typeid, proxytype = self.registry[typeid]
        if exposed is None:
            exposed = public_methods(obj)
        with self.mutex:
            ident = '%x' % self.next_id
            self.next_id += 1
            self.id_to_obj[ident] = (obj, tuple(exposed), method_to_typeid)
        return Token(typeid, self.address, ident), tuple(exposed)


def _run_server(registry, address, authkey, serializer, writer, initializer=None,
                initargs=()):
    """The manager process's target: serve until a shutdown request."""
    if initializer is not None:
        initializer(*initargs)
    server = Server(registry, address, authkey)
    writer.send(server.address)
    writer.close()
    server.serve_forever()


# The manager.

INITIAL, STARTED, SHUTDOWN = 'INITIAL', 'STARTED', 'SHUTDOWN'

_proxy_types = {}  # typeid -> proxy type, for proxies a method call returns


class BaseManager(object):
    """Starts a manager process and makes proxies of the objects it holds."""

    _registry = {}

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None, *,
                 shutdown_timeout=1.0):
        if authkey is None:
            authkey = multiprocessing.current_process().authkey
        self._address = address
        self._authkey = bytes(authkey)
        self._state = INITIAL
        self._serializer = serializer
        self._ctx = ctx or multiprocessing.get_context()
        self._shutdown_timeout = shutdown_timeout
        self._process = None

    @property
    def address(self):
        return self._address

    def start(self, initializer=None, initargs=()):
        """Start the manager's server process."""
        if self._state != INITIAL:
            if self._state == STARTED:
                raise multiprocessing.ProcessError("Already started server")
            if self._state == SHUTDOWN:
                raise multiprocessing.ProcessError("Manager has shut down")
            raise multiprocessing.ProcessError("Unknown state {!r}".format(self._state))
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        reader, writer = multiprocessing.Pipe(duplex=False)
        self._process = self._ctx.Process(
            target=_run_server,
            args=(self._registry, self._address, self._authkey, self._serializer, writer,
                  initializer, initargs))
        self._process.name = type(self).__name__ + '-' + self._process.name.split('-', 1)[1]
        self._process.start()
        writer.close()
        self._address = reader.recv()
        reader.close()
        self._state = STARTED
        # The server is shut down when the script drops the manager (CPython's Finalize),
        # or at exit, before the exit function joins children. The finalizer calls a
        # second instance sharing this one's __dict__, so it does not keep it alive.
        core = object.__new__(type(self))
        core.__dict__ = self.__dict__
        fin = weakref.finalize(self, core._finalize_manager)
        fin.atexit = False
        import atexit
        atexit.register(fin)

    def connect(self):
        """Connect to an already running manager at self.address."""
        conn = Client(self._address, authkey=self._authkey)
        dispatch(conn, None, 'dummy')
        conn.close()
        self._state = STARTED

    def _finalize_manager(self):
        if self._state != STARTED or self._process is None:
            return
        try:
            conn = Client(self._address, authkey=self._authkey)
            try:
                dispatch(conn, None, 'shutdown')
            finally:
                conn.close()
        except Exception:
            pass
        self._process.join(timeout=self._shutdown_timeout)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(timeout=self._shutdown_timeout)
            if self._process.is_alive():
                self._process.kill()
                self._process.join()
        self._state = SHUTDOWN

    def shutdown(self):
        """Stop the manager process; its proxies stop working."""
        self._finalize_manager()

    def join(self, timeout=None):
        if self._process is not None:
            self._process.join(timeout)

    def __enter__(self):
        if self._state == INITIAL:
            self.start()
        if self._state != STARTED:
            if self._state == SHUTDOWN:
                raise multiprocessing.ProcessError("Manager has shut down")
            raise multiprocessing.ProcessError("Unknown state {!r}".format(self._state))
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()

    def _create(self, typeid, *args, **kwds):
        assert self._state == STARTED, 'server not yet started'
        conn = Client(self._address, authkey=self._authkey)
        try:
            ident, exposed = dispatch(conn, None, 'create', (typeid,) + args, kwds)
        finally:
            conn.close()
        return Token(typeid, self._address, ident), exposed

    def get_server(self):
        """A Server for this manager's registry, to run in this process (serve_forever)."""
        if self._state != INITIAL:
            if self._state == STARTED:
                raise multiprocessing.ProcessError("Already started server")
            if self._state == SHUTDOWN:
                raise multiprocessing.ProcessError("Manager has shut down")
            raise multiprocessing.ProcessError("Unknown state {!r}".format(self._state))
        return Server(self._registry, self._address, self._authkey)

    def _debug_info(self):
        conn = Client(self._address, authkey=self._authkey)
        try:
            return dispatch(conn, None, 'debug_info')
        finally:
            conn.close()

    def _number_of_objects(self):
        conn = Client(self._address, authkey=self._authkey)
        try:
            return dispatch(conn, None, 'number_of_objects')
        finally:
            conn.close()

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None,
                 method_to_typeid=None, create_method=True):
        """Register a type or callable the manager's server can create as typeid."""
        if '_registry' not in cls.__dict__:
            cls._registry = cls._registry.copy()
        if proxytype is None:
            proxytype = AutoProxy
        exposed = exposed or getattr(proxytype, '_exposed_', None)
        method_to_typeid = method_to_typeid or getattr(proxytype, '_method_to_typeid_', None)
        cls._registry[typeid] = (callable, exposed, method_to_typeid, proxytype)
        _proxy_types[typeid] = proxytype
        if create_method:
            def temp(self, *args, **kwds):
                token, exp = self._create(typeid, *args, **kwds)
                return proxytype(token, self._serializer, manager=self,
                                 authkey=self._authkey, exposed=exp)
            temp.__name__ = typeid
            setattr(cls, typeid, temp)
