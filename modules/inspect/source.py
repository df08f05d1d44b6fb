

# ---- files and source ---------------------------------------------------------------------

def getfile(object):
    """The name of the file object was defined in."""
    if ismodule(object):
        found = getattr(object, '__file__', None)
        if found:
            return found
        raise TypeError('%r is a built-in module' % (object,))
    if isclass(object):
        module = sys.modules.get(getattr(object, '__module__', None))
        found = getattr(module, '__file__', None)
        if found:
            return found
        if getattr(object, '__module__', None) == '__main__':
            raise OSError('source code not available')
        raise TypeError('%r is a built-in class' % (object,))
    code = _code_of(object)
    if code is not None:
        return code.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or code object was '
                    'expected, got %s' % (type(object).__name__,))


def getmodulename(path):
    """The module name a file path would be imported as, or None."""
    base = os.path.basename(path)
    for suffix in ('.py', '.pyc'):
        if base.endswith(suffix) and len(base) > len(suffix):
            return base[:-len(suffix)]
    return None


def getsourcefile(object):
    """The Python source file object was defined in, or None when there is none."""
    filename = getfile(object)
    if not filename.endswith('.py'):
        return None
    if os.path.exists(filename) or filename in linecache.cache:
        return filename
    module = getmodule(object, filename)
    if getattr(module, '__loader__', None) is not None:
        return filename
    return None


def getabsfile(object, _filename=None):
    """The absolute, normalised path of object's source or compiled file."""
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


def getmodule(object, _filename=None):
    """The module object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    if _filename is None:
        try:
            _filename = getabsfile(object)
        except TypeError:
            return None
    for module in list(sys.modules.values()):
        found = getattr(module, '__file__', None)
        if found and os.path.normcase(os.path.abspath(found)) == _filename:
            return module
    main = sys.modules.get('__main__')
    if main is not None and isframe(object) is False and hasattr(object, '__name__'):
        if getattr(main, object.__name__, None) is object:
            return main
    return None


def findsource(object):
    """All the lines of object's source file and the index of its first line."""
    filename = getsourcefile(object)
    if filename is None:
        filename = getfile(object)
        if not (filename.startswith('<') and filename.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object, filename)
    lines = linecache.getlines(filename, module.__dict__ if module else None)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        found = _class_line(lines, object.__qualname__)
        if found is None:
            raise OSError('could not find class definition')
        return lines, found
    code = _code_of(object)
    if code is None:
        raise OSError('could not find code object')
    if not hasattr(code, 'co_firstlineno'):
        raise OSError('could not find function definition')
    return lines, code.co_firstlineno - 1


def _code_of(object):
    """The code object behind a method, function, traceback, frame or code object."""
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    return object if iscode(object) else None


def _class_line(lines, qualname):
    """The index of the line opening the class statement of qualname: nested class and
    function statements are followed by their indentation."""
    wanted = [p for p in qualname.split('.') if p != '<locals>']
    stack = []
    for index, line in enumerate(lines):
        text = line.lstrip()
        if not text or text.startswith('#'):
            continue
        indent = len(line) - len(text)
        while stack and stack[-1][0] >= indent:
            stack.pop()
        for opener in ('class ', 'def ', 'async def '):
            if text.startswith(opener):
                rest = text[len(opener):]
                name = ''
                for ch in rest:
                    if not (ch.isalnum() or ch == '_'):
                        break
                    name += ch
                path = [n for _, n in stack] + [name]
                if opener == 'class ' and path == wanted:
                    while index > 0 and lines[index - 1].startswith(line[:indent] + '@'):
                        index -= 1  # its decorators belong to it
                    return index
                stack.append((indent, name))
                break
    return None


class _Scanner:
    """Follows strings, comments and brackets across lines, to tell where logical lines
    end and whether a line holds code."""

    def __init__(self):
        self.quote = None     # the open triple quote, if any
        self.depth = 0

    def feed(self, line):
        """Scan one physical line; True when it has code (not only blanks/comments)."""
        code = self.quote is not None or self.depth > 0
        i = 0
        n = len(line)
        while i < n:
            ch = line[i]
            if self.quote is not None:
                if ch == '\\':
                    i += 2
                    continue
                if line.startswith(self.quote, i):
                    i += len(self.quote)
                    self.quote = None
                    continue
                if len(self.quote) == 1 and ch == '\n':
                    self.quote = None
                i += 1
                continue
            if ch == '#':
                break
            if ch in ' \t\n\r\f\\':
                i += 1
                continue
            code = True
            if ch in '\'"':
                triple = line[i:i + 3]
                self.quote = triple if triple in ('"""', "'''") else ch
                i += len(self.quote)
                continue
            if ch in '([{':
                self.depth += 1
            elif ch in ')]}':
                self.depth = max(0, self.depth - 1)
            i += 1
        return code

    def open(self):
        return self.quote is not None or self.depth > 0


def getblock(lines):
    """The lines of the block (def, class, decorated, or a single statement such as a
    lambda's) starting at lines[0]."""
    scanner = _Scanner()
    i = 0
    # Decorators, each possibly spanning lines.
    while i < len(lines) and lines[i].lstrip().startswith('@'):
        scanner.feed(lines[i])
        i += 1
        while i < len(lines) and scanner.open():
            scanner.feed(lines[i])
            i += 1
    if i >= len(lines):
        return lines[:i]
    header = lines[i].lstrip()
    indent = len(lines[i]) - len(header)
    starts_block = header.startswith(('def ', 'class ', 'async def '))
    # The header (or the whole statement) up to its logical end.
    scanner.feed(lines[i])
    i += 1
    while i < len(lines) and scanner.open():
        scanner.feed(lines[i])
        i += 1
    logical = ''.join(lines[:i]).rstrip()
    body_on_header = not logical.split('#')[0].rstrip().endswith(':')
    if not starts_block or body_on_header:
        return lines[:i]
    last = i
    while i < len(lines):
        line = lines[i]
        text = line.lstrip()
        continuing = scanner.open()
        has_code = scanner.feed(line)
        if not continuing and has_code and len(line) - len(text) <= indent:
            break
        i += 1
        if has_code:
            last = i
    return lines[:last]


def getsourcelines(object):
    """The source lines of object and the line number of the first (0 for a module)."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == '<module>'):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """The source text of object (a module, class, method, function, traceback, frame or
    code object); OSError when it cannot be found."""
    lines, _ = getsourcelines(object)
    return ''.join(lines)


def indentsize(line):
    """The width of line's leading whitespace, tabs expanded."""
    text = line.expandtabs()
    return len(text) - len(text.lstrip())


def getcomments(object):
    """The comment lines just above object's source (or at the top of a module), or
    None."""
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        start = 0
        if lines and lines[0][:2] == '#!':
            start = 1
        while start < len(lines) and not lines[start].strip():
            start += 1
        end = start
        while end < len(lines) and lines[end].lstrip().startswith('#'):
            end += 1
        return ''.join(lines[start:end]) or None
    if lnum <= 0:
        return None
    indent = indentsize(lines[lnum])
    end = lnum - 1
    found = []
    while end >= 0 and lines[end].lstrip().startswith('#') and indentsize(lines[end]) == indent:
        found.insert(0, lines[end].expandtabs().lstrip())
        end -= 1
    while found and found[0].strip() == '#':
        found.pop(0)
    while found and found[-1].strip() == '#':
        found.pop()
    return ''.join(found) or None


# ---- frames -------------------------------------------------------------------------------

Traceback = collections.namedtuple('Traceback', 'filename lineno function code_context index')
_FrameInfoBase = collections.namedtuple('_FrameInfo',
                                        'frame filename lineno function code_context index')


class FrameInfo(_FrameInfoBase):
    """A frame and where it stands: filename, lineno, function, code_context (the source
    lines around it) and index (the current line's place in code_context)."""

    __slots__ = ()

    def __repr__(self):
        return ('FrameInfo(frame=%r, filename=%r, lineno=%r, function=%r, code_context=%r, '
                'index=%r)' % tuple(self))


def getframeinfo(frame, context=1):
    """A Traceback (filename, lineno, function, code_context, index) for a frame or a
    traceback entry."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError('%r is not a frame or traceback object' % (frame,))
    filename = getsourcefile(frame) or getfile(frame)
    lines = index = None
    if context > 0:
        start = lineno - 1 - context // 2
        try:
            source, _ = findsource(frame)
        except OSError:
            pass
        else:
            start = max(0, min(start, len(source) - context))
            lines = source[start:start + context]
            index = lineno - 1 - start
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def getlineno(frame):
    """The current line number of frame."""
    return frame.f_lineno


def getouterframes(frame, context=1):
    """FrameInfo entries for frame and every frame that called it, innermost first."""
    out = []
    while frame is not None:
        out.append(FrameInfo(frame, *getframeinfo(frame, context)))
        frame = frame.f_back
    return out


def getinnerframes(tb, context=1):
    """FrameInfo entries for the frames of a traceback, outermost first."""
    out = []
    while tb is not None:
        out.append(FrameInfo(tb.tb_frame, *getframeinfo(tb, context)))
        tb = tb.tb_next
    return out


def currentframe():
    """The caller's frame."""
    return sys._getframe(1)


def stack(context=1):
    """FrameInfo entries for the caller's frame and those above it."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo entries between the current frame and the one handling the current
    exception."""
    return getinnerframes(sys.exc_info()[2], context)
