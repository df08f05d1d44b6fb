# ElementTree's TreeBuilder, XMLParser, XMLPullParser and iterparse, written for gopy
# (imported into xml.etree.ElementTree, whose names they carry).
import collections
from xml.parsers import expat
from xml.etree.ElementTree import Element, Comment, ProcessingInstruction, ParseError

_MODULE = 'xml.etree.ElementTree'


class TreeBuilder:
    """Builds a tree from start/data/end calls (and optionally comments and
    processing instructions), with the given factories."""

    def __init__(self, element_factory=None, *,
                 comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._data = []
        self._elem = []
        self._last = None
        self._root = None
        self._tail = None
        self._factory = Element if element_factory is None else element_factory
        self._comment_factory = Comment if comment_factory is None else comment_factory
        self._pi_factory = ProcessingInstruction if pi_factory is None else pi_factory
        self.insert_comments = insert_comments
        self.insert_pis = insert_pis

    def close(self):
        """Flush builder buffers and return toplevel document Element."""
        return self._root

    def _flush(self):
        if not self._data:
            return
        if self._last is not None:
            text = "".join(self._data)
            if self._tail:
                self._last.tail = text
            else:
                self._last.text = text
        self._data = []

    def data(self, data):
        """Add text to current element."""
        self._data.append(data)

    def start(self, tag, attrs):
        """Open new element and return it."""
        self._flush()
        elem = self._factory(tag, attrs)
        self._last = elem
        if self._elem:
            self._elem[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._elem.append(elem)
        self._tail = 0
        return elem

    def end(self, tag):
        """Close and return current Element."""
        self._flush()
        self._last = self._elem.pop()
        self._tail = 1
        return self._last

    def comment(self, text):
        """Create a comment using the comment_factory."""
        return self._single(self._comment_factory, self.insert_comments, text)

    def pi(self, target, text=None):
        """Create a processing instruction using the pi_factory."""
        return self._single(self._pi_factory, self.insert_pis, target, text)

    def _single(self, factory, insert, *args):
        elem = factory(*args)
        if insert:
            self._flush()
            self._last = elem
            if self._elem:
                self._elem[-1].append(elem)
            self._tail = 1
        return elem


class XMLParser:
    """An XML parser over expat that hands what it reads to a target.

    The target (a TreeBuilder unless given) gets start, end, data, comment,
    pi, start_ns, end_ns and doctype calls for the methods it has; close()
    returns what the target's close() returns.  encoding overrides the
    encoding the document declares.
    """

    def __init__(self, *, target=None, encoding=None):
        xp = expat.ParserCreate(encoding, "}")
        if target is None:
            target = TreeBuilder()
        parser = self.parser = self._parser = xp
        self.target = self._target = target
        self._error = expat.error
        self._names = {}
        self.entity = {}
        self.version = "Expat " + ".".join(map(str, expat.version_info))
        xp.DefaultHandlerExpand = self._default
        if hasattr(target, 'start'):
            xp.StartElementHandler = self._start
        if hasattr(target, 'end'):
            xp.EndElementHandler = self._end
        if hasattr(target, 'start_ns'):
            parser.StartNamespaceDeclHandler = lambda prefix, uri: target.start_ns(prefix or '', uri or '')
        if hasattr(target, 'end_ns'):
            parser.EndNamespaceDeclHandler = lambda prefix: target.end_ns(prefix or '')
        for name, handler in (('data', 'CharacterDataHandler'), ('comment', 'CommentHandler'),
                              ('pi', 'ProcessingInstructionHandler')):
            if hasattr(target, name):
                setattr(parser, handler, getattr(target, name))
        if hasattr(target, 'doctype'):
            parser.StartDoctypeDeclHandler = lambda name, sysid, pubid, internal: target.doctype(name, pubid, sysid)
        parser.ordered_attributes = 1

    def _fixname(self, key):
        name = self._names.get(key)
        if name is None:
            name = key
            if "}" in name:
                name = "{" + name
            self._names[key] = name
        return name

    def _start(self, tag, attrs):
        fix = self._fixname
        attrib = {}
        for i in range(0, len(attrs), 2):
            attrib[fix(attrs[i])] = attrs[i + 1]
        return self.target.start(fix(tag), attrib)

    def _end(self, tag):
        name = self._fixname(tag)
        return self.target.end(name)

    def _default(self, text):
        if text[:1] != "&":
            return
        value = self.entity.get(text[1:-1])
        if value is not None:
            if hasattr(self.target, 'data'):
                self.target.data(value)
            return
        p = self.parser
        err = ParseError("undefined entity %s: line %d, column %d"
                         % (text, p.CurrentLineNumber, p.CurrentColumnNumber))
        err.code = 11
        err.position = p.CurrentLineNumber, p.CurrentColumnNumber
        raise err

    def _setevents(self, events, names):
        parser = self.parser
        append = events.append
        target = self.target
        for name in names:
            if name == "start":
                def start(tag, attrs):
                    append(("start", self._start(tag, attrs)))
                parser.StartElementHandler = start
            elif name == "end":
                def end(tag):
                    append(("end", self._end(tag)))
                parser.EndElementHandler = end
            elif name == "start-ns":
                def start_ns(prefix, uri):
                    if hasattr(target, 'start_ns'):
                        target.start_ns(prefix or '', uri or '')
                    append(("start-ns", (prefix or '', uri or '')))
                parser.StartNamespaceDeclHandler = start_ns
            elif name == "end-ns":
                def end_ns(prefix):
                    if hasattr(target, 'end_ns'):
                        target.end_ns(prefix or '')
                    append(("end-ns", None))
                parser.EndNamespaceDeclHandler = end_ns
            elif name == "comment":
                def comment(text):
                    append(("comment", target.comment(text)))
                parser.CommentHandler = comment
            elif name == "pi":
                def pi(pi_target, data):
                    append(("pi", target.pi(pi_target, data)))
                parser.ProcessingInstructionHandler = pi
            else:
                raise ValueError("unknown event %r" % name)

    def _raiseerror(self, value):
        err = ParseError(str(value))
        err.code = value.code
        err.position = (value.lineno, value.offset)
        raise err from None

    def feed(self, data):
        """Feed encoded data to parser."""
        try:
            self.parser.Parse(data, False)
        except self._error as v:
            self._raiseerror(v)

    def close(self):
        """Finish feeding data to parser and return element structure."""
        try:
            self.parser.Parse(b"", True)
        except self._error as v:
            self._raiseerror(v)
        try:
            close = self.target.close
        except AttributeError:
            return None
        return close()


class XMLPullParser:
    """An XML parser fed piece by piece whose events are read with read_events."""

    def __init__(self, events=None, *, _parser=None):
        queue = self._events_queue = collections.deque()
        self._parser = _parser if _parser else XMLParser(target=TreeBuilder())
        self._parser._setevents(queue, ("end",) if events is None else events)

    def feed(self, data):
        """Feed encoded data to parser."""
        if self._parser is None:
            raise ValueError("feed() called after end of stream")
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as exc:
                self._events_queue.append(exc)

    def _close_and_return_root(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        """Finish feeding data to parser."""
        self._close_and_return_root()

    def read_events(self):
        """Return an iterator over currently available (event, elem) pairs."""
        events = self._events_queue
        while events:
            event = events.popleft()
            if isinstance(event, Exception):
                raise event
            yield event


class _IterParseIterator:
    def __init__(self, source, events, parser):
        self.root = None
        self._close = not hasattr(source, "read")
        if self._close:
            source = open(source, "rb")
        self._source = source
        self._pull = XMLPullParser(events=events, _parser=parser)
        self._gen = self._run()

    def _run(self):
        pull = self._pull
        try:
            while True:
                yield from pull.read_events()
                data = self._source.read(16 * 1024)
                if not data:
                    break
                pull.feed(data)
            root = pull._close_and_return_root()
            yield from pull.read_events()
            self.root = root
        finally:
            if self._close:
                self._source.close()

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def iterparse(source, events=None, parser=None):
    """Parse a file (name or binary file object) piece by piece, yielding
    (event, item) pairs for the events asked for ("start", "end",
    "comment", "pi", "start-ns", "end-ns"; "end" only by default).  The
    iterator's root attribute is the root element once all is read."""
    return _IterParseIterator(source, events, parser)


def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    """Convert XML to its C14N 2.0 serialised form (not provided by gopy)."""
    raise NotImplementedError("gopy's ElementTree has no C14N 2.0 canonicalization")


class C14NWriterTarget:
    """Canonicalization writer target for the XMLParser (not provided by gopy)."""

    def __init__(self, write, **options):
        raise NotImplementedError("gopy's ElementTree has no C14N 2.0 canonicalization")


for _cls in (TreeBuilder, XMLParser, XMLPullParser, C14NWriterTarget):
    _cls.__module__ = _MODULE
for _f in (iterparse, canonicalize):
    _f.__module__ = _MODULE
