"""The abstract syntax tree of Python source.

The node classes have the names, fields and attributes of CPython 3.11's; parse() runs
gopy's own parser.  The tree comes from _ast as nested tuples (class name, field values,
positions) and is turned into instances here.
"""

import _ast
from _ast import PyCF_ONLY_AST, PyCF_TYPE_COMMENTS, PyCF_ALLOW_TOP_LEVEL_AWAIT

_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


class AST(object):
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        n = len(self._fields)
        if len(args) > n:
            raise TypeError('%s constructor takes at most %d positional argument%s'
                            % (type(self).__name__, n, '' if n == 1 else 's'))
        for i in range(len(args)):
            setattr(self, self._fields[i], args[i])
        for key in kwargs:
            setattr(self, key, kwargs[key])

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


def _abstract(name, attributes):
    ns = {'__module__': 'ast', '_fields': ()}
    if attributes:
        ns['_attributes'] = _POSITIONS
        if name != 'pattern':  # a pattern's end positions are required
            ns['end_lineno'] = None
            ns['end_col_offset'] = None
    return type(name, (AST,), ns)


mod = _abstract('mod', False)
stmt = _abstract('stmt', True)
expr = _abstract('expr', True)
expr_context = _abstract('expr_context', False)
boolop = _abstract('boolop', False)
operator = _abstract('operator', False)
unaryop = _abstract('unaryop', False)
cmpop = _abstract('cmpop', False)
excepthandler = _abstract('excepthandler', True)
pattern = _abstract('pattern', True)
type_ignore = _abstract('type_ignore', False)

_bases = {'AST': AST, 'mod': mod, 'stmt': stmt, 'expr': expr, 'excepthandler': excepthandler,
          'pattern': pattern, 'type_ignore': type_ignore}
_classes = {}

for _name, _base, _fields, _optional, _haspos in _ast._classes():
    _ns = {'__module__': 'ast', '_fields': tuple(_fields)}
    if _haspos:
        _ns['_attributes'] = _POSITIONS
        if _base != 'pattern':
            _ns['end_lineno'] = None
            _ns['end_col_offset'] = None
    for _f, _opt in zip(_fields, _optional):
        if _opt:
            _ns[_f] = None
    _classes[_name] = type(_name, (_bases[_base],), _ns)
    globals()[_name] = _classes[_name]

for _base, _names in ((expr_context, ('Load', 'Store', 'Del')),
                      (boolop, ('And', 'Or')),
                      (operator, ('Add', 'Sub', 'Mult', 'MatMult', 'Div', 'Mod', 'Pow', 'LShift',
                                  'RShift', 'BitOr', 'BitXor', 'BitAnd', 'FloorDiv')),
                      (unaryop, ('Invert', 'Not', 'UAdd', 'USub')),
                      (cmpop, ('Eq', 'NotEq', 'Lt', 'LtE', 'Gt', 'GtE', 'Is', 'IsNot', 'In', 'NotIn'))):
    for _name in _names:
        _classes[_name] = type(_name, (_base,), {'__module__': 'ast'})
        globals()[_name] = _classes[_name]

for _name in list(_classes) + ['AST', 'mod', 'stmt', 'expr', 'expr_context', 'boolop', 'operator',
                                'unaryop', 'cmpop', 'excepthandler', 'pattern', 'type_ignore']:
    setattr(_ast, _name, globals()[_name])

_singletons = {}


def _build(t):
    """Makes the node of a tuple from _ast._parse."""
    name, values, pos = t
    if not values and pos is None and name in _singletons:
        return _singletons[name]
    cls = _classes[name]
    node = cls.__new__(cls)
    fields = cls._fields
    for i in range(len(values)):
        v = values[i]
        if type(v) is tuple:
            v = _build(v)
        elif type(v) is list:
            v = [_build(x) if type(x) is tuple else x for x in v]
        setattr(node, fields[i], v)
    if pos is not None:
        node.lineno, node.col_offset, node.end_lineno, node.end_col_offset = pos
    elif not fields and issubclass(cls, (expr_context, boolop, operator, unaryop, cmpop)):
        _singletons[name] = node
    return node


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False, feature_version=None):
    """Parse the source into an AST node, as compile(source, filename, mode, PyCF_ONLY_AST)."""
    if isinstance(source, AST):
        return source
    if isinstance(source, bytearray):
        source = bytes(source)
    return _build(_ast._parse(source, filename, mode))


def iter_fields(node):
    """Yield (name, value) for each field of node that is set."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """Yield the nodes directly below node: its fields that are nodes or lists of nodes."""
    for name, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """Yield node and every node below it, breadth first."""
    queue = [node]
    i = 0
    while i < len(queue):
        current = queue[i]
        i += 1
        queue.extend(iter_child_nodes(current))
        yield current


class NodeVisitor(object):
    """Walks a tree and calls visit_<class name> for each node it has a method for."""

    def visit(self, node):
        method = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        for name, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement of each node (None
    removes it, a list replaces an item of a list by several)."""

    def generic_visit(self, node):
        for name, old in iter_fields(node):
            if isinstance(old, list):
                new = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            new.extend(item)
                            continue
                    new.append(item)
                old[:] = new
            elif isinstance(old, AST):
                replacement = self.visit(old)
                if replacement is None:
                    delattr(node, name)
                else:
                    setattr(node, name, replacement)
        return node


def _repr(value):
    return repr(value)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """Return a formatted dump of the tree in node (see CPython's ast.dump)."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and type(indent) is not str:
        indent = indent * ' '

    def fmt(value, depth):
        # returns (text, whether it may stay on its parent's line)
        if indent is not None:
            depth += 1
            lead = '\n' + indent * depth
            join = ',\n' + indent * depth
        else:
            lead = ''
            join = ', '
        if isinstance(value, AST):
            cls = type(value)
            parts = []
            simple = True
            named = annotate_fields
            for name in value._fields:
                try:
                    v = getattr(value, name)
                except AttributeError:
                    named = True
                    continue
                if v is None and getattr(cls, name, ...) is None:
                    named = True
                    continue
                text, ok = fmt(v, depth)
                simple = simple and ok
                parts.append(name + '=' + text if named else text)
            if include_attributes and value._attributes:
                for name in value._attributes:
                    try:
                        v = getattr(value, name)
                    except AttributeError:
                        continue
                    if v is None and getattr(cls, name, ...) is None:
                        continue
                    text, ok = fmt(v, depth)
                    simple = simple and ok
                    parts.append(name + '=' + text)
            if simple and len(parts) <= 3:
                return '%s(%s)' % (cls.__name__, ', '.join(parts)), not parts
            return '%s(%s%s)' % (cls.__name__, lead, join.join(parts)), False
        if isinstance(value, list):
            if not value:
                return '[]', True
            return '[%s%s]' % (lead, join.join(fmt(x, depth)[0] for x in value)), False
        return _repr(value), True

    return fmt(node, 0)[0]


def copy_location(new_node, old_node):
    """Copy the position attributes of old_node to new_node, and return new_node."""
    for name in _POSITIONS:
        if name in old_node._attributes and name in new_node._attributes:
            value = getattr(old_node, name, None)
            if value is not None or (hasattr(old_node, name) and name.startswith('end_')):
                setattr(new_node, name, value)
    return new_node


def fix_missing_locations(node):
    """Give every node below node that has no position the position of its parent."""
    def fix(node, inherited):
        own = []
        for name, value in zip(_POSITIONS, inherited):
            if name in node._attributes:
                current = getattr(node, name, None)
                if current is None:
                    setattr(node, name, value)
                    current = value
                own.append(current)
            else:
                own.append(value)
        for child in iter_child_nodes(node):
            fix(child, own)
    fix(node, (1, 0, 1, 0))
    return node


def increment_lineno(node, n=1):
    """Add n to the line numbers of node and of every node below it."""
    for child in walk(node):
        names = ('lineno',) if isinstance(child, TypeIgnore) else ('lineno', 'end_lineno')
        for name in names:
            if name in child._attributes or name in child._fields:
                old = getattr(child, name, None)
                if old is not None or name == 'lineno':
                    setattr(child, name, (old or 0) + n)
    return node


def _cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        stripped = line.lstrip()
        if stripped:
            width = len(line) - len(stripped)
            margin = width if margin is None else min(margin, width)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


_DOC_OWNERS = (AsyncFunctionDef, FunctionDef, ClassDef, Module)


def get_docstring(node, clean=True):
    """Return the docstring of a module, class or function node, or None."""
    if type(node) not in _DOC_OWNERS:
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    return _cleandoc(value.value) if clean else value.value


def unparse(ast_obj):
    """Return source text that parses back to a tree equal to ast_obj."""
    import _ast_unparse
    return _ast_unparse.unparse(ast_obj)


def literal_eval(node_or_string):
    """Evaluate a string or tree holding only a Python literal: strings, bytes, numbers,
    tuples, lists, dicts, sets, booleans, None and Ellipsis (and sums and differences of
    numbers that make complex literals)."""
    tree = node_or_string
    if isinstance(tree, str):
        tree = parse(tree.lstrip(' \t'), mode='eval')
    if type(tree) is Expression:
        tree = tree.body
    numbers = (int, float, complex)

    def bad(node):
        message = 'malformed node or string'
        lineno = getattr(node, 'lineno', None)
        if lineno:
            message += ' on line %d' % lineno
        raise ValueError(message + ': ' + repr(node))

    def signed(node):
        # +number and -number, or None
        if type(node) is UnaryOp and type(node.op) in (UAdd, USub):
            operand = evaluate(node.operand)
            if type(operand) in numbers:
                return (operand,) if type(node.op) is UAdd else (-operand,)
        return None

    def evaluate(node):
        kind = type(node)
        if kind is Constant:
            return node.value
        if kind in (Tuple, List, Set):
            items = [evaluate(x) for x in node.elts]
            return {Tuple: tuple, List: list, Set: set}[kind](items)
        if kind is Call and type(node.func) is Name and node.func.id == 'set' and not node.args and not node.keywords:
            return set()
        if kind is Dict:
            if len(node.keys) != len(node.values):
                bad(node)
            return dict(zip([evaluate(k) for k in node.keys], [evaluate(v) for v in node.values]))
        if kind is BinOp and type(node.op) in (Add, Sub):
            left, right = signed(node.left), signed(node.right)
            left = left[0] if left is not None else evaluate(node.left)
            right = right[0] if right is not None else evaluate(node.right)
            if type(left) in (int, float) and type(right) is complex:
                return left + right if type(node.op) is Add else left - right
            bad(node.left if type(left) not in numbers else node)
        result = signed(node)
        if result is None:
            bad(node)
        return result[0]

    return evaluate(tree)
