# Exceptions carry attributes set in their own __init__ and keep them through raise.
class HTTPError(Exception):
    def __init__(self, status, reason):
        super(HTTPError, self).__init__(status, reason)
        self.status = status
        self.reason = reason
class NotFound(HTTPError):
    def __init__(self, path):
        HTTPError.__init__(self, 404, "not found")
        self.path = path
try:
    raise NotFound("/x")
except HTTPError as e:
    print(e.status, e.reason, e.path, e.args)
    e.extra = 1
    print(e.extra, sorted(e.__dict__))
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
e = NoSuper(1, 2)
print(e.args, e.a, str(e))
try:
    e.missing
except AttributeError as err:
    print("AttributeError:", err)
