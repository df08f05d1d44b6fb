
# ---- Popen (second file of the module: run after subprocess.py in the same namespace) ----

class Popen:
    """Start a program in a new process and keep its pid, pipes and exit code.

    args is a sequence of arguments (or one string); with shell=True a string runs as
    /bin/sh -c args. stdin, stdout and stderr are None (the parent's), PIPE (a new pipe,
    reachable as a file object attribute), DEVNULL, STDOUT (stderr only: with stdout), a
    descriptor or a file object. text, encoding, errors or universal_newlines make the
    pipes text files. cwd, env, close_fds, pass_fds, start_new_session, process_group,
    user, group, extra_groups and umask shape the child before its program starts."""

    _child_created = False
    _unwaited = 0  # children started and not yet reaped, over all Popen objects
    _finalizer = None

    def __init__(self, args, bufsize=-1, executable=None,
                 stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True,
                 shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False,
                 pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1,
                 process_group=None):
        _reap_finished()
        self._child_ends = ()
        self._wait_lock = threading.Lock()
        self._input = None
        self._communication_started = False
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if pipesize is None:
            pipesize = -1
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if preexec_fn is not None:
            raise NotImplementedError("preexec_fn is not supported by gopy: no Python code "
                                      "can run between fork and exec")
        if pass_fds and not close_fds:
            warnings.warn("pass_fds overriding close_fds.", RuntimeWarning)
            close_fds = True
        self.args = args
        self.stdin = self.stdout = self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize
        if text is not None and universal_newlines is not None and \
                bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text '
                                  'and universal_newlines are supplied but '
                                  'different. Pass one or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        if self.text_mode and encoding is None:
            self.encoding = encoding = io.text_encoding(None)
        line_buffering = False
        if bufsize == 1:
            if self.text_mode:
                line_buffering = True
            else:
                warnings.warn("line buffering (buffering=1) isn't supported in binary "
                              "mode, the default buffer size will be used",
                              RuntimeWarning)
                bufsize = -1
        if process_group is None:
            process_group = -1
        gid = _group_id(group)
        gids = None if extra_groups is None else [_group_id(g) for g in extra_groups]
        uid = _user_id(user)

        # The parent's ends (-1: none) and the child's (-1: inherit).
        ends = self._make_pipes(stdin, stdout, stderr)
        p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite = ends
        try:
            if p2cwrite != -1:
                self.stdin = io.open(p2cwrite, 'wb', bufsize)
                if self.text_mode:
                    self.stdin = io.TextIOWrapper(self.stdin, write_through=True,
                                                  line_buffering=line_buffering,
                                                  encoding=encoding, errors=errors)
            if c2pread != -1:
                self.stdout = io.open(c2pread, 'rb', bufsize)
                if self.text_mode:
                    self.stdout = io.TextIOWrapper(self.stdout, encoding=encoding,
                                                   errors=errors)
            if errread != -1:
                self.stderr = io.open(errread, 'rb', bufsize)
                if self.text_mode:
                    self.stderr = io.TextIOWrapper(self.stderr, encoding=encoding,
                                                   errors=errors)
            self._start(args, executable, close_fds, pass_fds, cwd, env, shell,
                        p2cread, c2pwrite, errwrite, gid, gids, uid, umask,
                        start_new_session, process_group)
        except:
            for f in (self.stdin, self.stdout, self.stderr):
                if f is not None:
                    try:
                        f.close()
                    except OSError:
                        pass
            raise
        finally:
            for fd in self._child_ends:
                try:
                    os.close(fd)
                except OSError:
                    pass
            self._child_ends = ()

    # -- setting up ---------------------------------------------------------------------

    def _make_pipes(self, stdin, stdout, stderr):
        # Descriptors for the three streams: (p2cread, p2cwrite, c2pread, c2pwrite,
        # errread, errwrite). What the parent opened for the child only is remembered in
        # _child_ends, closed once the child has started.
        opened = []
        self._child_ends = opened
        devnull = []

        def null():
            if not devnull:
                devnull.append(os.open(os.devnull, os.O_RDWR))
                opened.append(devnull[0])
            return devnull[0]

        def child_side(spec, reading):
            if spec is None:
                return -1, -1
            if spec == PIPE:
                r, w = os.pipe()
                if self.pipesize > 0:
                    try:
                        import fcntl
                        fcntl.fcntl(w, fcntl.F_SETPIPE_SZ, self.pipesize)
                    except (ImportError, AttributeError, OSError):
                        pass
                if reading:
                    opened.append(r)
                    return r, w
                opened.append(w)
                return r, w
            if spec == DEVNULL:
                return (null(), -1) if reading else (-1, null())
            if isinstance(spec, int):
                return (spec, -1) if reading else (-1, spec)
            fd = spec.fileno()
            return (fd, -1) if reading else (-1, fd)

        p2cread, p2cwrite = child_side(stdin, True)
        c2pread, c2pwrite = child_side(stdout, False)
        if stderr is None:
            errread, errwrite = -1, -1
        elif stderr == STDOUT:
            errread = -1
            errwrite = c2pwrite if c2pwrite != -1 else sys.__stdout__.fileno()
        else:
            errread, errwrite = child_side(stderr, False)
        return p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite

    def _start(self, args, executable, close_fds, pass_fds, cwd, env, shell,
               p2cread, c2pwrite, errwrite, gid, gids, uid, umask,
               start_new_session, process_group):
        if isinstance(args, (str, bytes)):
            argv = [args]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            argv = [args]
        else:
            argv = list(args)
        if shell:
            argv = ['/bin/sh', '-c'] + argv
            if executable:
                argv[0] = executable
        if executable is None:
            executable = argv[0]
        if hasattr(sys, 'audit'):
            sys.audit("subprocess.Popen", executable, argv, cwd, env)
        if env is not None:
            env_list = []
            for key, value in env.items():
                key = os.fsencode(key)
                if b'=' in key:
                    raise ValueError("illegal environment variable name")
                env_list.append(key + b'=' + os.fsencode(value))
        else:
            env_list = None
        program = os.fsencode(executable)
        if len(os.path.dirname(program)) > 0:
            paths = [program]
        else:
            paths = [os.path.join(os.fsencode(d), program) for d in os.get_exec_path(env)]
        if cwd is not None:
            cwd = os.fsencode(cwd)
        keep = sorted(set(int(fd) for fd in pass_fds))
        pid, err, at_chdir = _fork_exec(
            paths, [os.fsencode(a) for a in argv], env_list, cwd, p2cread, c2pwrite,
            errwrite, keep, bool(close_fds), bool(start_new_session), process_group,
            -1 if uid is None else uid, -1 if gid is None else gid, gids, umask)
        if err:
            where = os.fsdecode(cwd) if at_chdir else executable
            raise OSError(err, os.strerror(err), where)
        self.pid = pid
        self._child_created = True
        Popen._unwaited += 1
        self._finalizer = weakref.finalize(self, _orphaned, pid)

    # -- the context manager and repr -----------------------------------------------------

    def __repr__(self):
        text = "<{}: returncode: {} args: {!r}>".format(
            type(self).__name__, self.returncode, self.args)
        if len(text) > 80:
            text = text[:76] + "...>"
        return text

    __class_getitem__ = classmethod(types.GenericAlias)

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, value):
        self.text_mode = bool(value)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for f in (self.stdout, self.stderr):
            if f is not None:
                f.close()
        try:
            if self.stdin is not None:
                self.stdin.close()
        finally:
            self.wait()

    # -- waiting --------------------------------------------------------------------------

    def _set_status(self, status):
        self.returncode = os.waitstatus_to_exitcode(status)
        self._reaped()

    def _reaped(self):
        if self._finalizer is not None and self._finalizer.detach() is not None:
            Popen._unwaited -= 1

    def _poll_status(self):
        # One waitpid(WNOHANG) unless another thread is waiting already.
        if self.returncode is not None or self.pid is None:
            return self.returncode
        if not self._wait_lock.acquire(False):
            return None
        try:
            if self.returncode is not None:
                return self.returncode
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid == self.pid:
                self._set_status(status)
        except ChildProcessError:
            self.returncode = 0
            self._reaped()
        finally:
            self._wait_lock.release()
        return self.returncode

    def poll(self):
        """Return the exit code if the child has ended (setting returncode), else None."""
        return self._poll_status()

    def wait(self, timeout=None):
        """Wait for the child to end and return its exit code (negative: killed by that
        signal); TimeoutExpired when timeout seconds pass first."""
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            with self._wait_lock:
                while self.returncode is None:
                    try:
                        pid, status = os.waitpid(self.pid, 0)
                    except ChildProcessError:
                        self.returncode = 0
                        self._reaped()
                        break
                    if pid == self.pid:
                        self._set_status(status)
            return self.returncode
        deadline = time.monotonic() + timeout
        pause = 0.0005
        while True:
            if self._poll_status() is not None:
                return self.returncode
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutExpired(self.args, timeout)
            pause = min(pause * 2, left, 0.05)
            time.sleep(pause)

    def send_signal(self, sig):
        """Send signal sig to the child, unless it has been reaped already."""
        self.poll()
        if self.returncode is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        """Send SIGTERM to the child."""
        self.send_signal(signal.SIGTERM)

    def kill(self):
        """Send SIGKILL to the child."""
        self.send_signal(signal.SIGKILL)

    # -- communicating --------------------------------------------------------------------

    def _feed_all(self, data):
        # Write all of data to stdin and close it, as communicate() does without timeout.
        if not _nothing(data):
            try:
                self.stdin.write(data)
            except BrokenPipeError:
                pass
            except OSError as exc:
                if exc.errno != errno.EINVAL:
                    raise
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass
        except OSError as exc:
            if exc.errno != errno.EINVAL:
                raise

    def communicate(self, input=None, timeout=None):
        """Send input to the child's stdin (then close it), read stdout and stderr to their
        end and wait for the child; return (stdout, stderr), None where not a pipe, str in
        text mode. Past timeout TimeoutExpired is raised; calling again resumes."""
        if self._communication_started and not _nothing(input):
            raise ValueError("Cannot send input after starting communication")
        streams = [self.stdin, self.stdout, self.stderr]
        if timeout is None and not self._communication_started and streams.count(None) >= 2:
            out = err = None
            if self.stdin is not None:
                self._feed_all(input)
            elif self.stdout is not None:
                out = self.stdout.read()
                self.stdout.close()
            elif self.stderr is not None:
                err = self.stderr.read()
                self.stderr.close()
            self.wait()
            return out, err
        deadline = None if timeout is None else time.monotonic() + timeout
        try:
            out, err = self._exchange(input, deadline, timeout)
        finally:
            self._communication_started = True
        self.wait(timeout=self._time_left(deadline))
        return out, err

    def _time_left(self, deadline):
        if deadline is None:
            return None
        return deadline - time.monotonic()

    def _exchange(self, input, deadline, timeout):
        # The poll loop of communicate(): writes input by PIPE_BUF chunks, reads whatever
        # comes; what has been read stays in _gathered across a TimeoutExpired.
        if not self._communication_started:
            self._gathered = {}
            for f in (self.stdout, self.stderr):
                if f is not None:
                    self._gathered[f] = []
            if self.stdin is not None:
                try:
                    self.stdin.flush()
                except BrokenPipeError:
                    pass
                if _nothing(input):
                    try:
                        self.stdin.close()
                    except BrokenPipeError:
                        pass
        if self.stdin is not None and self._input is None:
            self._sent = 0
            self._input = input
            if input is not None and self.text_mode:
                self._input = input.encode(self.stdin.encoding, self.stdin.errors)
        watched = {}
        if self.stdin is not None and not self.stdin.closed and not _nothing(input):
            watched[self.stdin.fileno()] = self.stdin
        for f in (self.stdout, self.stderr):
            if f is not None and not f.closed:
                watched[f.fileno()] = f
        while watched:
            left = self._time_left(deadline)
            if left is not None and left < 0:
                self._timed_out(timeout)
            pairs = [(fd, _select.POLLOUT if f is self.stdin else _select.POLLIN)
                     for fd, f in watched.items()]
            ready = _select._poll(pairs, left)
            if deadline is not None and time.monotonic() > deadline:
                self._timed_out(timeout)
            for fd, revents in ready:
                f = watched[fd]
                if f is self.stdin:
                    chunk = self._input[self._sent:self._sent + _PIPE_BUF]
                    try:
                        self._sent += os.write(fd, chunk)
                    except BrokenPipeError:
                        del watched[fd]
                        f.close()
                        continue
                    if self._sent >= len(self._input):
                        del watched[fd]
                        f.close()
                else:
                    data = os.read(fd, 32768)
                    if len(data) == 0:
                        del watched[fd]
                        f.close()
                    self._gathered[f].append(data)
        self.wait(timeout=self._time_left(deadline))
        return self._collected(self.stdout), self._collected(self.stderr)

    def _collected(self, f):
        if f is None:
            return None
        data = b''.join(self._gathered[f])
        if self.text_mode:
            data = data.decode(f.encoding, f.errors)
            data = data.replace("\r\n", "\n").replace("\r", "\n")
        return data

    def _timed_out(self, timeout):
        def joined(f):
            chunks = self._gathered.get(f) if f is not None else None
            return b''.join(chunks) if chunks else None
        out, err = joined(self.stdout), joined(self.stderr)
        raise TimeoutExpired(self.args, timeout, output=out, stderr=err)


def _user_id(user):
    if user is None:
        return None
    if isinstance(user, str):
        import pwd
        return pwd.getpwnam(user).pw_uid
    if isinstance(user, int):
        return user
    raise TypeError("User must be a string or an integer")


def _group_id(group):
    if group is None:
        return None
    if isinstance(group, str):
        import grp
        return grp.getgrnam(group).gr_gid
    if isinstance(group, int):
        return group
    raise TypeError("Group must be a string or an integer")
