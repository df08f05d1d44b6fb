"""File-like wrappers that urlopen's handlers return: a file plus headers, URL and status."""

__all__ = ['addbase', 'addclosehook', 'addinfo', 'addinfourl']


class addbase:
    """A file object fp with the context-manager and iteration protocols of its own."""

    def __init__(self, fp):
        self.fp = fp
        self.file = fp

    def __getattr__(self, name):
        file = self.__dict__.get('fp')
        if file is None:
            raise AttributeError(name)
        return getattr(file, name)

    def __iter__(self):
        return iter(self.fp)

    def __repr__(self):
        return '<%s at %r whose fp = %r>' % (type(self).__name__, id(self), self.fp)

    def __enter__(self):
        if self.fp.closed:
            raise ValueError("I/O operation on closed file")
        return self

    def __exit__(self, kind, value, tb):
        self.close()

    def close(self):
        self.fp.close()


class addclosehook(addbase):
    """addbase that calls closehook(*hookargs) once, when closed."""

    def __init__(self, fp, closehook, *hookargs):
        super().__init__(fp)
        self.closehook = closehook
        self.hookargs = hookargs

    def close(self):
        try:
            hook, args = self.closehook, self.hookargs
            if hook:
                self.closehook = self.hookargs = None
                hook(*args)
        finally:
            super().close()


class addinfo(addbase):
    """addbase whose info() gives the headers."""

    def __init__(self, fp, headers):
        super().__init__(fp)
        self.headers = headers

    def info(self):
        return self.headers


class addinfourl(addinfo):
    """addinfo that also knows its URL and status code."""

    def __init__(self, fp, headers, url, code=None):
        super().__init__(fp, headers)
        self.url = url
        self.code = code

    @property
    def status(self):
        return self.code

    def getcode(self):
        return self.code

    def geturl(self):
        return self.url
