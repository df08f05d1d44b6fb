# The parts of gopy's os module written in Python, over the native calls: directory-tree
# walks, the recursive make/remove/rename helpers, the file-system encoding helpers and
# the exec variants. This source runs in os's namespace the first time one of its
# functions is called (lazy.go), so that importing os compiles none of it.


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: yields (dirpath, dirnames, filenames) for top and every
    directory below it."""
    top = fspath(top)
    try:
        with scandir(top) as it:
            entries = list(it)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, files, links = [], [], []
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            dirs.append(entry.name)
            if not topdown and not followlinks:
                try:
                    links.append(entry.is_symlink())
                except OSError:
                    links.append(False)
        else:
            files.append(entry.name)
    if topdown:
        yield top, dirs, files
        for name in dirs:
            sub = path.join(top, name)
            if followlinks or not path.islink(sub):
                yield from walk(sub, topdown, onerror, followlinks)
    else:
        for i, name in enumerate(dirs):
            if followlinks or not links[i]:
                yield from walk(path.join(top, name), topdown, onerror, followlinks)
        yield top, dirs, files


def fwalk(top='.', topdown=True, onerror=None, *, follow_symlinks=False, dir_fd=None):
    """Like walk(), but yields (dirpath, dirnames, filenames, dirfd), dirfd a descriptor
    open on dirpath, valid until the next iteration step."""
    top = fspath(top)
    try:
        st = stat(top, follow_symlinks=follow_symlinks, dir_fd=dir_fd)
        fd = open(top, O_RDONLY | O_NONBLOCK, dir_fd=dir_fd)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    try:
        if st.st_mode & 0o170000 == 0o040000 and path.samestat(st, fstat(fd)):
            yield from _fwalk(fd, top, topdown, onerror, follow_symlinks)
    finally:
        close(fd)


def _fwalk(fd, top, topdown, onerror, follow_symlinks):
    try:
        entries = list(scandir(fd))
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, files = [], []
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        (dirs if is_dir else files).append(entry.name)
    if topdown:
        yield top, dirs, files, fd
    for name in dirs:
        try:
            st = stat(name, dir_fd=fd, follow_symlinks=follow_symlinks)
            sub = open(name, O_RDONLY | O_NONBLOCK, dir_fd=fd)
        except OSError as err:
            if onerror is not None:
                onerror(err)
            continue
        try:
            # a symbolic link is not followed unless asked: its target is another file
            if follow_symlinks or path.samestat(st, fstat(sub)):
                yield from _fwalk(sub, path.join(top, name), topdown, onerror, follow_symlinks)
        finally:
            close(sub)
    if not topdown:
        yield top, dirs, files, fd


def makedirs(name, mode=0o777, exist_ok=False):
    """Create a leaf directory and all the intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == (b'.' if isinstance(tail, bytes) else '.'):
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove a leaf directory and every empty directory above it."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """Rename old to new, making the directories new needs and pruning the ones old left
    empty."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def get_exec_path(env=None):
    """The directories searched for an executable, from env's PATH (os.environ's by
    default)."""
    if env is None:
        env = environ
    value = env.get('PATH')
    if value is None:
        value = path.defpath
    return value.split(path.pathsep)


def fsencode(filename):
    """Encode filename (a path-like object) to bytes for the file system."""
    filename = fspath(filename)
    if isinstance(filename, str):
        try:
            return filename.encode('utf-8', 'surrogateescape')
        except LookupError:
            # gopy's str holds no lone surrogates: nothing for the handler to restore
            return filename.encode('utf-8')
    return filename


def fsdecode(filename):
    """Decode filename (a path-like object) from the file system's bytes to str."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        try:
            return filename.decode('utf-8', 'surrogateescape')
        except LookupError:
            # gopy's str cannot hold the lone surrogates that would carry undecodable
            # bytes: they become U+FFFD
            return filename.decode('utf-8', 'replace')
    return filename


def _exists(name):
    return name in globals()


def execl(file, *args):
    """Execute the executable file with argument list args, replacing the current process."""
    execv(file, args)


def execle(file, *args):
    """Execute the executable file with argument list args and environment env (the last
    argument), replacing the current process."""
    execve(file, args[:-1], args[-1])


def execlp(file, *args):
    """Execute the executable file (found along $PATH) with argument list args."""
    execvp(file, args)


def execlpe(file, *args):
    """Execute the executable file (found along $PATH) with argument list args and
    environment env (the last argument)."""
    execvpe(file, args[:-1], args[-1])


def execvp(file, args):
    """Execute the executable file (found along $PATH) with argument list args."""
    _execvpe(file, args)


def execvpe(file, args, env):
    """Execute the executable file (found along env's PATH) with argument list args and
    environment env."""
    _execvpe(file, args, env)


def _execvpe(file, args, env=None):
    if env is None:
        run = lambda p: execv(p, args)
    else:
        run = lambda p: execve(p, args, env)
    if path.dirname(file):
        run(file)
        return
    failure = None
    for d in get_exec_path(env):
        try:
            run(path.join(d, file))
        except (FileNotFoundError, NotADirectoryError) as err:
            if failure is None:
                failure = err
        except OSError as err:
            failure = err
    raise failure


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """Return an open file object connected to a file descriptor (io.open on it)."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    if "b" not in mode:
        encoding = io.text_encoding(encoding)
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def popen(cmd, mode="r", buffering=-1):
    """Run cmd in a shell and return a text file reading its output ("r") or feeding its
    input ("w"); close() waits for the command and returns None when it exited with 0,
    else its wait status."""
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess
    if mode == "r":
        proc = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE,
                                bufsize=buffering)
        return _wrap_close(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE,
                            bufsize=buffering)
    return _wrap_close(proc.stdin, proc)


class _wrap_close:
    # The file os.popen returns: the pipe's text file, whose close() also waits for the
    # shell and reports how it ended.

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        code = self._proc.wait()
        if code == 0:
            return None
        return code << 8

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def _spawn(name, path, argv, env, file_actions, setpgroup, resetids, setsid, setsigmask,
           setsigdef, scheduler, search):
    # posix_spawn and posix_spawnp over subprocess's _fork_exec (syscall.ForkExec): the
    # file actions are played in the parent, in order, into the child's descriptor table.
    if not isinstance(argv, (tuple, list)):
        raise TypeError("%s: argv must be a tuple or list" % name)
    if len(argv) == 0:
        raise ValueError("%s: argv must not be empty" % name)
    if not hasattr(env, 'keys'):
        raise TypeError("%s: environment must be a mapping object" % name)
    if scheduler is not None:
        raise NotImplementedError("%s: scheduler is not supported by gopy" % name)
    import subprocess
    program = fspath(path)
    if search and len(_dirname(program)) == 0:
        candidates = [_join(d, program) for d in get_exec_path()]
    else:
        candidates = [program]
    table = {}
    opened = []
    try:
        for action in list(file_actions or ()):
            if not isinstance(action, tuple) or len(action) == 0:
                raise TypeError("Each file_actions element must be a non-empty tuple")
            tag = action[0]
            if tag == POSIX_SPAWN_OPEN and len(action) == 5:
                _, fd, where, flags, mode = action
                try:
                    src = open(where, flags | O_CLOEXEC, mode)
                except OSError as exc:
                    raise type(exc)(exc.errno, exc.strerror, path) from None
                opened.append(src)
                table[fd] = src
            elif tag == POSIX_SPAWN_CLOSE and len(action) == 2:
                table[action[1]] = -1
            elif tag == POSIX_SPAWN_DUP2 and len(action) == 3:
                table[action[2]] = table.get(action[1], action[1])
            elif tag in (POSIX_SPAWN_OPEN, POSIX_SPAWN_CLOSE, POSIX_SPAWN_DUP2):
                raise TypeError("A %s file_action tuple must have %d elements" % (
                    ("open", "close", "dup2")[tag], (5, 2, 3)[tag]))
            else:
                raise TypeError("Unknown file_actions identifier")
        env_list = [fsencode(k) + b'=' + fsencode(v) for k, v in env.items()]
        pgid = -1 if setpgroup is None else setpgroup
        pid, err, _ = subprocess._fork_exec(
            [fsencode(c) for c in candidates], [fsencode(a) for a in argv], env_list, None,
            -1, -1, -1, [], False, bool(setsid), pgid, -1, -1, None, -1,
            sorted(table.items()))
    finally:
        for fd in opened:
            close(fd)
    if err:
        raise OSError(err, strerror(err), path)
    return pid


def _dirname(p):
    return p[:p.rfind('/' if isinstance(p, str) else b'/') + 1]


def _join(d, name):
    if isinstance(name, bytes):
        d = fsencode(d)
        return d + name if d.endswith(b'/') else d + b'/' + name
    return d + name if d.endswith('/') else d + '/' + name


def posix_spawn(path, argv, env, *, file_actions=None, setpgroup=None, resetids=False,
                setsid=False, setsigmask=(), setsigdef=(), scheduler=None):
    """Execute the program specified by path in a new process; return its pid."""
    return _spawn("posix_spawn", path, argv, env, file_actions, setpgroup, resetids, setsid,
                  setsigmask, setsigdef, scheduler, False)


def posix_spawnp(path, argv, env, *, file_actions=None, setpgroup=None, resetids=False,
                 setsid=False, setsigmask=(), setsigdef=(), scheduler=None):
    """Execute the program found along PATH in a new process; return its pid."""
    return _spawn("posix_spawnp", path, argv, env, file_actions, setpgroup, resetids, setsid,
                  setsigmask, setsigdef, scheduler, True)


def _spawn_mode(mode, file, args, env, search):
    # The spawn* family: posix_spawn underneath (gopy cannot fork); P_WAIT waits and gives
    # the exit status (minus the signal number for a killed child), anything else the pid.
    if not isinstance(args, (tuple, list)):
        raise TypeError('argv must be a tuple or a list')
    if len(args) == 0 or not args[0]:
        raise ValueError('argv first element cannot be empty')
    try:
        if search:
            pid = posix_spawnp(file, args, env)
        else:
            pid = posix_spawn(file, args, env)
    except OSError:
        # A fork+exec child whose exec fails exits with status 127: stand in for it.
        if mode != P_NOWAIT:
            return 127
        pid = posix_spawn("/bin/sh", ["sh", "-c", "exit 127"], env)
    if mode == P_NOWAIT:
        return pid
    while True:
        _, status = waitpid(pid, 0)
        if WIFSTOPPED(status):
            continue
        if WIFSIGNALED(status):
            return -WTERMSIG(status)
        return WEXITSTATUS(status)


def spawnv(mode, file, args):
    """spawnv(mode, file, args) -> integer

Run file with the argument list args. mode P_NOWAIT returns the pid; P_WAIT the exit
code (or -signal for a killed process)."""
    return _spawn_mode(mode, file, args, environ, False)


def spawnve(mode, file, args, env):
    """spawnve(mode, file, args, env) -> integer

As spawnv, with env as the new process's environment."""
    return _spawn_mode(mode, file, args, env, False)


def spawnvp(mode, file, args):
    """spawnvp(mode, file, args) -> integer

As spawnv, looking file up along PATH."""
    return _spawn_mode(mode, file, args, environ, True)


def spawnvpe(mode, file, args, env):
    """spawnvpe(mode, file, args, env) -> integer

As spawnve, looking file up along PATH."""
    return _spawn_mode(mode, file, args, env, True)


def spawnl(mode, file, *args):
    """spawnl(mode, file, *args) -> integer

As spawnv, with the arguments given one by one."""
    return spawnv(mode, file, args)


def spawnle(mode, file, *args):
    """spawnle(mode, file, *args, env) -> integer

As spawnve, with the arguments given one by one and the environment last."""
    return spawnve(mode, file, args[:-1], args[-1])


def spawnlp(mode, file, *args):
    """spawnlp(mode, file, *args) -> integer

As spawnvp, with the arguments given one by one."""
    return spawnvp(mode, file, args)


def spawnlpe(mode, file, *args):
    """spawnlpe(mode, file, *args, env) -> integer

As spawnvpe, with the arguments given one by one and the environment last."""
    return spawnvpe(mode, file, args[:-1], args[-1])
