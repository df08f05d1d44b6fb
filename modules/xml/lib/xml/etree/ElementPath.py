# The subset of XPath that ElementTree's find, findall, findtext and iterfind accept,
# written for gopy. A path is split into tokens, compiled once into a list of steps (each
# maps the current elements to the next ones) and kept in a small cache.
import re

_token_re = re.compile(
    r"('[^']*'|\"[^\"]*\"|::|//?|\.\.|\(\)|!=|[/.*:\[\]\(\)@=])"
    r"|((?:\{[^}]+\})?[^/\[\]\(\)@!=\s]+)|\s+")


def xpath_tokenizer(pattern, namespaces=None):
    default_ns = namespaces.get('') if namespaces else None
    after_at = False
    for op, tag in _token_re.findall(pattern):
        if tag and tag[0] != '{':
            if ':' in tag:
                prefix, local = tag.split(':', 1)
                try:
                    if not namespaces:
                        raise KeyError
                    yield op, '{%s}%s' % (namespaces[prefix], local)
                except KeyError:
                    raise SyntaxError('prefix %r not found in prefix map' % prefix) from None
            elif default_ns and not after_at:
                yield op, '{%s}%s' % (default_ns, tag)
            else:
                yield op, tag
            after_at = False
        else:
            yield op, tag
            after_at = op == '@'


def get_parent_map(context):
    parents = context.parent_map
    if parents is None:
        parents = context.parent_map = {}
        for p in context.root.iter():
            for child in p:
                parents[child] = p
    return parents


def _is_wildcard(tag):
    return tag[:3] == '{*}' or tag[-2:] == '}*'


def _tag_test(tag):
    # A function saying whether an element's tag matches tag with its wildcards.
    if tag == '{*}*':
        return lambda t: isinstance(t, str)
    if tag == '{}*':
        return lambda t: isinstance(t, str) and t[:1] != '{'
    if tag[:3] == '{*}':
        local = tag[3:]
        braced = '}' + local
        return lambda t: t == local or (isinstance(t, str) and t[-len(braced):] == braced)
    if tag[-2:] == '}*':
        ns = tag[:-1]
        return lambda t: isinstance(t, str) and t[:len(ns)] == ns
    return lambda t: t == tag


def _children(tag):
    if tag == '*':
        return lambda ctx, elems: [c for e in elems for c in e if isinstance(c.tag, str)]
    if _is_wildcard(tag):
        ok = _tag_test(tag)
        return lambda ctx, elems: [c for e in elems for c in e if ok(c.tag)]
    return lambda ctx, elems: [c for e in elems for c in e if c.tag == tag]


def _descendants(tag):
    if tag == '*':
        ok = lambda t: isinstance(t, str)
    elif _is_wildcard(tag):
        ok = _tag_test(tag)
    else:
        ok = lambda t: t == tag

    def step(ctx, elems):
        out = []
        for e in elems:
            for d in e.iter():
                if d is not e and ok(d.tag):
                    out.append(d)
        return out
    return step


def _self(ctx, elems):
    return list(elems)


def _parent(ctx, elems):
    parents = get_parent_map(ctx)
    out, seen = [], set()
    for e in elems:
        p = parents.get(e)
        if p is not None and p not in seen:
            seen.add(p)
            out.append(p)
    return out


def _predicate(ctx, elems, test):
    return [e for e in elems if test(e)]


def _text_is(elem, value, ne):
    text = "".join(elem.itertext())
    return text != value if ne else text == value


def _position(index):
    def step(ctx, elems):
        parents = get_parent_map(ctx)
        out = []
        for e in elems:
            p = parents.get(e)
            if p is None:
                continue
            same = p.findall(e.tag)
            if -len(same) <= index < len(same) and same[index] is e:
                out.append(e)
        return out
    return step


def _is_index(text):
    return re.match(r"\-?\d+$", text) is not None


def _compile_predicate(tokens):
    # tokens: the (op, tag) pairs between '[' and ']', white space left out.
    sig = "".join("'" if op[:1] in "'\"" and op else (op or "-") for op, tag in tokens)
    args = [op[1:-1] if op[:1] in "'\"" and op else tag for op, tag in tokens]
    if sig == "@-":
        key = args[1]
        return lambda ctx, elems: [e for e in elems if e.get(key) is not None]
    if sig == "@-='":
        key, value = args[1], args[-1]
        return lambda ctx, elems: [e for e in elems if e.get(key) == value]
    if sig == "@-!='":
        key, value = args[1], args[-1]
        return lambda ctx, elems: [e for e in elems if e.get(key) is not None and e.get(key) != value]
    if sig == "-" and not _is_index(args[0]):
        tag = args[0]
        return lambda ctx, elems: [e for e in elems if e.find(tag) is not None]
    if sig in (".='", ".!='") or (sig in ("-='", "-!='") and not _is_index(args[0])):
        tag, value, ne = args[0], args[-1], "!=" in sig
        if tag:
            return lambda ctx, elems: [e for e in elems if any(_text_is(c, value, ne) for c in e.findall(tag))]
        return lambda ctx, elems: [e for e in elems if _text_is(e, value, ne)]
    if sig in ("-", "-()", "-()-"):
        if sig == "-":
            index = int(args[0]) - 1
            if index < 0:
                raise SyntaxError("XPath position >= 1 expected")
        elif args[0] != "last":
            raise SyntaxError("unsupported function")
        elif sig == "-()-":
            try:
                index = int(args[2]) - 1
            except ValueError:
                raise SyntaxError("unsupported expression")
            if index > -2:
                raise SyntaxError("XPath offset from last() must be negative")
        else:
            index = -1
        return _position(index)
    raise SyntaxError("invalid predicate")


def _unterminated(ctx, elems):
    raise TypeError("'NoneType' object is not callable")


def _compile(path, namespaces):
    tokens = iter(list(xpath_tokenizer(path, namespaces)))
    steps = []
    token = next(tokens, None)
    if token is None:
        return None
    while True:
        op, tag = token
        try:
            if op == "//":
                op2, tag2 = next(tokens)
                if op2 == "*":
                    steps.append(_descendants("*"))
                elif not op2:
                    steps.append(_descendants(tag2))
                else:
                    raise SyntaxError("invalid descendant")
            elif op == "[":
                inner = []
                for t in tokens:
                    if t[0] == "]":
                        steps.append(_compile_predicate(inner))
                        break
                    if t != ("", ""):
                        inner.append(t)
                else:
                    steps.append(_unterminated)
            elif op == "":
                steps.append(_children(tag))
            elif op == "*":
                steps.append(_children("*"))
            elif op == ".":
                steps.append(_self)
            elif op == "..":
                steps.append(_parent)
            else:
                raise KeyError(op)
        except StopIteration:
            raise SyntaxError("invalid path") from None
        token = next(tokens, None)
        if token is not None and token[0] == "/":
            token = next(tokens, None)
        if token is None:
            return steps


class _SelectorContext:
    parent_map = None

    def __init__(self, root):
        self.root = root


_cache = {}


def iterfind(elem, path, namespaces=None):
    if path[-1:] == '/':
        path = path + '*'
    key = (path,)
    if namespaces:
        key += tuple(sorted(namespaces.items()))
    steps = _cache.get(key)
    if steps is None:
        if len(_cache) > 100:
            _cache.clear()
        if path[:1] == '/':
            raise SyntaxError('cannot use absolute path on element')
        steps = _compile(path, namespaces)
        _cache[key] = steps
    if steps is None:
        return iter(())
    ctx = _SelectorContext(elem)
    elems = [elem]
    for step in steps:
        elems = step(ctx, elems)
    return iter(elems)


def find(elem, path, namespaces=None):
    return next(iterfind(elem, path, namespaces), None)


def findall(elem, path, namespaces=None):
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    try:
        elem = next(iterfind(elem, path, namespaces))
    except StopIteration:
        return default
    return elem.text or ''
