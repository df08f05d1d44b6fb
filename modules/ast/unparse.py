"""ast.unparse: source text for a tree, written as CPython 3.11's ast.unparse writes it.

Expressions are rendered by functions that receive the binding level their position
requires and add parentheses when the expression binds more loosely; statements are
written line by line with four spaces per block.  String literals pick their quotes the
way CPython's unparser does, so that the output is the same text byte for byte.
"""

import ast as _a

# Binding levels, loosest first (3.11's _Precedence; BOR is EXPR).
(L_NAMED, L_TUPLE, L_YIELD, L_TEST, L_OR, L_AND, L_NOT, L_CMP, L_BOR, L_BXOR, L_BAND,
 L_SHIFT, L_ARITH, L_TERM, L_FACTOR, L_POWER, L_AWAIT, L_ATOM) = range(18)

_BIN = {'Add': ('+', L_ARITH), 'Sub': ('-', L_ARITH), 'Mult': ('*', L_TERM),
        'MatMult': ('@', L_TERM), 'Div': ('/', L_TERM), 'Mod': ('%', L_TERM),
        'FloorDiv': ('//', L_TERM), 'LShift': ('<<', L_SHIFT), 'RShift': ('>>', L_SHIFT),
        'BitOr': ('|', L_BOR), 'BitXor': ('^', L_BXOR), 'BitAnd': ('&', L_BAND),
        'Pow': ('**', L_POWER)}
_UNARY = {'Invert': ('~', L_FACTOR), 'Not': ('not ', L_NOT), 'UAdd': ('+', L_FACTOR),
          'USub': ('-', L_FACTOR)}
_CMP = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=',
        'Is': 'is', 'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}

_HUGE = '1e309'   # an infinite float: the float maximum's decimal exponent plus one
_TRIPLE = ('"""', "'''")
_QUOTES = ("'", '"') + _TRIPLE


def _up(level):
    return level + 1 if level < L_ATOM else level


def _escape(ch, whitespace):
    if ch in '\n\t' and not whitespace:
        return ch
    if ch == '\\' or not ch.isprintable():
        return ch.encode('unicode_escape').decode('ascii')
    return ch


def _literal_body(text, quotes, whitespace=False):
    """Returns (body, usable quotes) for a str literal with as few escapes as can be."""
    body = ''.join([_escape(ch, whitespace) for ch in text])
    usable = [q for q in quotes if q not in body and ('\n' not in body or len(q) == 3)]
    if not usable:
        r = repr(text)
        for q in quotes:
            if r[0] in q:
                return r[1:-1], [q]
        return r[1:-1], [r[0]]
    if body:
        last = body[-1]
        usable.sort(key=lambda q: q[0] == last)
        if usable[0][0] == last:
            body = body[:-1] + '\\' + last
    return body, usable


def _quoted(text, quotes=_QUOTES):
    body, usable = _literal_body(text, quotes)
    return usable[0] + body + usable[0]


def _docstring_of(node):
    if type(node) not in (_a.FunctionDef, _a.AsyncFunctionDef, _a.ClassDef, _a.Module):
        return None
    if not node.body or not isinstance(node.body[0], _a.Expr):
        return None
    value = node.body[0].value
    if isinstance(value, _a.Constant) and isinstance(value.value, str):
        return value
    return None


class _Writer(object):

    def __init__(self, plain_strings=False):
        self.out = []
        self.depth = 0
        self.star = False            # inside try/except*
        self.ignores = {}
        self.plain = plain_strings   # inside an f-string's field: no backslashes

    # ---- output helpers

    def line(self, text=''):
        if self.out:
            self.out.append('\n')
        self.out.append('    ' * self.depth + text)

    def body(self, stmts, extra=None):
        self.out.append(':')
        if extra:
            self.out.append(extra)
        self.depth += 1
        self.stmts(stmts)
        self.depth -= 1

    def stmts(self, stmts):
        if isinstance(stmts, list):
            for s in stmts:
                self.stmts(s)
        else:
            self.stmt(stmts)

    def comment(self, node):
        text = self.ignores.get(node.lineno) or node.type_comment
        return None if text is None else ' # type: ' + text

    def with_docstring(self, node):
        doc = _docstring_of(node)
        if doc is None:
            self.stmts(node.body)
            return
        self.line()
        if doc.kind == 'u':
            self.out.append('u')
        self.out.append(_quoted(doc.value, _TRIPLE))
        self.stmts(node.body[1:])

    # ---- statements

    def stmt(self, node):
        kind = type(node).__name__
        method = getattr(self, 's_' + kind, None)
        if method is not None:
            method(node)
        elif hasattr(self, 'e_' + kind):
            self.out.append(self.expr(node, L_TEST))
        elif not hasattr(node, '_fields'):
            raise AttributeError("'%s' object has no attribute '_fields'" % kind)

    def s_Module(self, node):
        self.ignores = {t.lineno: 'ignore' + t.tag for t in node.type_ignores}
        self.with_docstring(node)
        self.ignores = {}

    def s_Interactive(self, node):
        # CPython's unparser has no rule for Interactive: only its last statement remains
        self.out = []
        if node.body:
            self.stmt(node.body[-1])

    def s_Expression(self, node):
        self.out.append(self.expr(node.body, L_TEST))

    def s_FunctionType(self, node):
        self.out.append('(' + ', '.join([self.expr(x, L_TEST) for x in node.argtypes])
                        + ') -> ' + self.expr(node.returns, L_TEST))

    def s_Expr(self, node):
        self.line(self.expr(node.value, L_YIELD))

    def s_Import(self, node):
        self.line('import ' + ', '.join([self.expr(a, L_TEST) for a in node.names]))

    def s_ImportFrom(self, node):
        self.line('from ' + '.' * (node.level or 0) + (node.module or '') + ' import '
                  + ', '.join([self.expr(a, L_TEST) for a in node.names]))

    def s_Assign(self, node):
        text = ''.join([self.expr(t, L_TUPLE) + ' = ' for t in node.targets])
        self.line(text + self.expr(node.value, L_TEST))
        note = self.comment(node)
        if note:
            self.out.append(note)

    def s_AugAssign(self, node):
        self.line('%s %s= %s' % (self.expr(node.target, L_TEST), _BIN[type(node.op).__name__][0],
                                 self.expr(node.value, L_TEST)))

    def s_AnnAssign(self, node):
        target = self.expr(node.target, L_TEST)
        if not node.simple and isinstance(node.target, _a.Name):
            target = '(' + target + ')'
        text = target + ': ' + self.expr(node.annotation, L_TEST)
        if node.value:
            text += ' = ' + self.expr(node.value, L_TEST)
        self.line(text)

    def s_Return(self, node):
        self.line('return' + (' ' + self.expr(node.value, L_TEST) if node.value else ''))

    def s_Pass(self, node):
        self.line('pass')

    def s_Break(self, node):
        self.line('break')

    def s_Continue(self, node):
        self.line('continue')

    def s_Delete(self, node):
        self.line('del ' + ', '.join([self.expr(t, L_TEST) for t in node.targets]))

    def s_Assert(self, node):
        text = 'assert ' + self.expr(node.test, L_TEST)
        if node.msg:
            text += ', ' + self.expr(node.msg, L_TEST)
        self.line(text)

    def s_Global(self, node):
        self.line('global ' + ', '.join(node.names))

    def s_Nonlocal(self, node):
        self.line('nonlocal ' + ', '.join(node.names))

    def s_Raise(self, node):
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            self.line('raise')
            return
        text = 'raise ' + self.expr(node.exc, L_TEST)
        if node.cause:
            text += ' from ' + self.expr(node.cause, L_TEST)
        self.line(text)

    def _try(self, node, star):
        outer = self.star
        self.star = star
        try:
            self.line('try')
            self.body(node.body)
            for handler in node.handlers:
                self.stmt(handler)
            for word, part in (('else', node.orelse), ('finally', node.finalbody)):
                if part:
                    self.line(word)
                    self.body(part)
        finally:
            self.star = outer

    def s_Try(self, node):
        self._try(node, False)

    def s_TryStar(self, node):
        self._try(node, True)

    def s_ExceptHandler(self, node):
        text = 'except*' if self.star else 'except'
        if node.type:
            text += ' ' + self.expr(node.type, L_TEST)
        if node.name:
            text += ' as ' + node.name
        self.line(text)
        self.body(node.body)

    def _decorators(self, node):
        if self.out:
            self.out.append('\n')
        for d in node.decorator_list:
            self.line('@' + self.expr(d, L_TEST))

    def s_ClassDef(self, node):
        self._decorators(node)
        parts = [self.expr(b, L_TEST) for b in node.bases]
        parts += [self.expr(k, L_TEST) for k in node.keywords]
        self.line('class ' + node.name + ('(' + ', '.join(parts) + ')' if parts else ''))
        self.out.append(':')
        self.depth += 1
        self.with_docstring(node)
        self.depth -= 1

    def _function(self, node, word):
        self._decorators(node)
        head = word + ' ' + node.name + '(' + self.expr(node.args, L_TEST) + ')'
        if node.returns:
            head += ' -> ' + self.expr(node.returns, L_TEST)
        self.line(head)
        self.out.append(':')
        note = self.comment(node)
        if note:
            self.out.append(note)
        self.depth += 1
        self.with_docstring(node)
        self.depth -= 1

    def s_FunctionDef(self, node):
        self._function(node, 'def')

    def s_AsyncFunctionDef(self, node):
        self._function(node, 'async def')

    def _for(self, node, word):
        self.line(word + self.expr(node.target, L_TUPLE) + ' in ' + self.expr(node.iter, L_TEST))
        self.body(node.body, self.comment(node))
        if node.orelse:
            self.line('else')
            self.body(node.orelse)

    def s_For(self, node):
        self._for(node, 'for ')

    def s_AsyncFor(self, node):
        self._for(node, 'async for ')

    def s_If(self, node):
        word = 'if '
        while True:
            self.line(word + self.expr(node.test, L_TEST))
            self.body(node.body)
            rest = node.orelse
            if len(rest) == 1 and isinstance(rest[0], _a.If):
                node, word = rest[0], 'elif '
                continue
            break
        if node.orelse:
            self.line('else')
            self.body(node.orelse)

    def s_While(self, node):
        self.line('while ' + self.expr(node.test, L_TEST))
        self.body(node.body)
        if node.orelse:
            self.line('else')
            self.body(node.orelse)

    def _with(self, node, word):
        self.line(word + ', '.join([self.expr(i, L_TEST) for i in node.items]))
        self.body(node.body, self.comment(node))

    def s_With(self, node):
        self._with(node, 'with ')

    def s_AsyncWith(self, node):
        self._with(node, 'async with ')

    def s_Match(self, node):
        self.line('match ' + self.expr(node.subject, L_TEST))
        self.out.append(':')
        self.depth += 1
        for case in node.cases:
            self.stmt(case)
        self.depth -= 1

    def s_match_case(self, node):
        text = 'case ' + self.expr(node.pattern, L_TEST)
        if node.guard:
            text += ' if ' + self.expr(node.guard, L_TEST)
        self.line(text)
        self.body(node.body)

    # ---- expressions: each returns its text for the binding level its place needs

    def expr(self, node, level):
        method = getattr(self, 'e_' + type(node).__name__, None)
        if method is None:
            # a statement inside an expression (a tree made by hand): its own lines
            sub = _Writer(self.plain)
            sub.depth = self.depth
            sub.stmt(node)
            return ''.join(sub.out)
        return method(node, level)

    def join(self, nodes, level=L_TEST):
        return ', '.join([self.expr(n, level) for n in nodes])

    def items(self, nodes, render):
        if len(nodes) == 1:
            return render(nodes[0]) + ','
        return ', '.join([render(n) for n in nodes])

    def e_Name(self, node, level):
        return node.id

    def e_NamedExpr(self, node, level):
        text = self.expr(node.target, L_ATOM) + ' := ' + self.expr(node.value, L_ATOM)
        return '(' + text + ')' if level > L_NAMED else text

    def _prefixed(self, word, node, level, own):
        text = word
        if node.value:
            text += ' ' + self.expr(node.value, L_ATOM)
        return '(' + text + ')' if level > own else text

    def e_Await(self, node, level):
        return self._prefixed('await', node, level, L_AWAIT)

    def e_Yield(self, node, level):
        return self._prefixed('yield', node, level, L_YIELD)

    def e_YieldFrom(self, node, level):
        if not node.value:
            raise ValueError("Node can't be used without a value attribute.")
        return self._prefixed('yield from', node, level, L_YIELD)

    def constant(self, value):
        if isinstance(value, (float, complex)):
            return repr(value).replace('inf', _HUGE).replace('nan', '(%s-%s)' % (_HUGE, _HUGE))
        if self.plain and isinstance(value, str):
            return _quoted(value)
        return repr(value)

    def e_Constant(self, node, level):
        value = node.value
        if isinstance(value, tuple):
            return '(' + self.items(value, self.constant) + ')'
        if value is ...:
            return '...'
        return ('u' if node.kind == 'u' else '') + self.constant(value)

    def e_JoinedStr(self, node, level):
        if self.plain:
            return 'f' + _quoted(self.fstring_inner(node))
        pieces = [(self.fstring_inner(v), isinstance(v, _a.Constant)) for v in node.values]
        quotes = list(_QUOTES)
        bodies = []
        for text, literal in pieces:
            body, usable = _literal_body(text, quotes, literal)
            bodies.append(body)
            if not set(usable) & set(quotes):
                # no quote suits every piece: fall back to repr in triple single quotes
                quotes = ["'''"]
                bodies = [repr('"' + t)[2:-1] for t, _ in pieces]
                break
            quotes = usable
        return 'f' + quotes[0] + ''.join(bodies) + quotes[0]

    def fstring_inner(self, node):
        if isinstance(node, _a.JoinedStr):
            return ''.join([self.fstring_inner(v) for v in node.values])
        if isinstance(node, _a.Constant) and isinstance(node.value, str):
            return node.value.replace('{', '{{').replace('}', '}}')
        if isinstance(node, _a.FormattedValue):
            return self.e_FormattedValue(node, L_TEST)
        raise ValueError('Unexpected node inside JoinedStr, %r' % (node,))

    def e_FormattedValue(self, node, level):
        inner = _Writer(True).expr(node.value, L_OR)
        if '\\' in inner:
            raise ValueError('Unable to avoid backslash in f-string expression part')
        text = '{' + (' ' if inner.startswith('{') else '') + inner
        if node.conversion != -1:
            text += '!' + chr(node.conversion)
        if node.format_spec:
            text += ':' + self.fstring_inner(node.format_spec)
        return text + '}'

    def e_List(self, node, level):
        return '[' + self.join(node.elts) + ']'

    def _comprehension(self, node, open_, close, head):
        return open_ + head + ''.join([self.expr(g, L_TEST) for g in node.generators]) + close

    def e_ListComp(self, node, level):
        return self._comprehension(node, '[', ']', self.expr(node.elt, L_TEST))

    def e_GeneratorExp(self, node, level):
        return self._comprehension(node, '(', ')', self.expr(node.elt, L_TEST))

    def e_SetComp(self, node, level):
        return self._comprehension(node, '{', '}', self.expr(node.elt, L_TEST))

    def e_DictComp(self, node, level):
        head = self.expr(node.key, L_TEST) + ': ' + self.expr(node.value, L_TEST)
        return self._comprehension(node, '{', '}', head)

    def e_comprehension(self, node, level):
        text = ' async for ' if node.is_async else ' for '
        text += self.expr(node.target, L_TUPLE) + ' in ' + self.expr(node.iter, L_OR)
        for cond in node.ifs:
            text += ' if ' + self.expr(cond, L_OR)
        return text

    def e_IfExp(self, node, level):
        text = '%s if %s else %s' % (self.expr(node.body, L_OR), self.expr(node.test, L_OR),
                                     self.expr(node.orelse, L_TEST))
        return '(' + text + ')' if level > L_TEST else text

    def e_Set(self, node, level):
        if not node.elts:
            return '{*()}'
        return '{' + self.join(node.elts) + '}'

    def e_Dict(self, node, level):
        parts = []
        for k, v in zip(node.keys, node.values):
            if k is None:
                parts.append('**' + self.expr(v, L_BOR))
            else:
                parts.append(self.expr(k, L_TEST) + ': ' + self.expr(v, L_TEST))
        return '{' + ', '.join(parts) + '}'

    def e_Tuple(self, node, level):
        text = self.items(node.elts, lambda e: self.expr(e, L_TEST))
        if not node.elts or level > L_TUPLE:
            return '(' + text + ')'
        return text

    def e_UnaryOp(self, node, level):
        sign, own = _UNARY[type(node.op).__name__]
        text = sign + self.expr(node.operand, own)
        return '(' + text + ')' if level > own else text

    def e_BinOp(self, node, level):
        sign, own = _BIN[type(node.op).__name__]
        if sign == '**':
            left, right = _up(own), own
        else:
            left, right = own, _up(own)
        text = '%s %s %s' % (self.expr(node.left, left), sign, self.expr(node.right, right))
        return '(' + text + ')' if level > own else text

    def e_Compare(self, node, level):
        parts = [self.expr(node.left, L_BOR)]
        for op, right in zip(node.ops, node.comparators):
            parts.append(_CMP[type(op).__name__])
            parts.append(self.expr(right, L_BOR))
        text = ' '.join(parts)
        return '(' + text + ')' if level > L_CMP else text

    def e_BoolOp(self, node, level):
        if isinstance(node.op, _a.And):
            word, own = ' and ', L_AND
        else:
            word, own = ' or ', L_OR
        # each operand binds one level tighter than the one before it
        parts = []
        inner = own
        for value in node.values:
            inner = _up(inner)
            parts.append(self.expr(value, inner))
        text = word.join(parts)
        return '(' + text + ')' if level > own else text

    def e_Attribute(self, node, level):
        base = self.expr(node.value, L_ATOM)
        if isinstance(node.value, _a.Constant) and isinstance(node.value.value, int):
            base += ' '
        return base + '.' + node.attr

    def e_Call(self, node, level):
        args = [self.expr(a, L_TEST) for a in node.args]
        args += [self.expr(k, L_TEST) for k in node.keywords]
        return self.expr(node.func, L_ATOM) + '(' + ', '.join(args) + ')'

    def e_Subscript(self, node, level):
        index = node.slice
        if isinstance(index, _a.Tuple) and index.elts:
            inner = self.items(index.elts, lambda e: self.expr(e, L_TEST))
        else:
            inner = self.expr(index, L_TEST)
        return self.expr(node.value, L_ATOM) + '[' + inner + ']'

    def e_Starred(self, node, level):
        return '*' + self.expr(node.value, L_BOR)

    def e_Slice(self, node, level):
        text = (self.expr(node.lower, L_TEST) if node.lower else '') + ':'
        if node.upper:
            text += self.expr(node.upper, L_TEST)
        if node.step:
            text += ':' + self.expr(node.step, L_TEST)
        return text

    def e_arg(self, node, level):
        if node.annotation:
            return node.arg + ': ' + self.expr(node.annotation, L_TEST)
        return node.arg

    def e_arguments(self, node, level):
        parts = []
        positional = node.posonlyargs + node.args
        missing = len(positional) - len(node.defaults)
        for i, a in enumerate(positional):
            text = self.expr(a, L_TEST)
            if i >= missing and node.defaults[i - missing]:
                text += '=' + self.expr(node.defaults[i - missing], L_TEST)
            parts.append(text)
            if i + 1 == len(node.posonlyargs):
                parts[-1] += ', /'
        if node.vararg or node.kwonlyargs:
            star = '*'
            if node.vararg:
                star += self.expr(node.vararg, L_TEST)
            parts.append(star)
        for a, d in zip(node.kwonlyargs, node.kw_defaults):
            parts.append(self.expr(a, L_TEST) + ('=' + self.expr(d, L_TEST) if d else ''))
        if node.kwarg:
            parts.append('**' + self.expr(node.kwarg, L_TEST))
        return ', '.join(parts)

    def e_keyword(self, node, level):
        head = '**' if node.arg is None else node.arg + '='
        return head + self.expr(node.value, L_TEST)

    def e_Lambda(self, node, level):
        params = self.expr(node.args, L_TEST)
        text = 'lambda' + (' ' + params if params else '') + ': ' + self.expr(node.body, L_TEST)
        return '(' + text + ')' if level > L_TEST else text

    def e_alias(self, node, level):
        return node.name + (' as ' + node.asname if node.asname else '')

    def e_withitem(self, node, level):
        text = self.expr(node.context_expr, L_TEST)
        if node.optional_vars:
            text += ' as ' + self.expr(node.optional_vars, L_TEST)
        return text

    # ---- patterns

    def e_MatchValue(self, node, level):
        return self.expr(node.value, L_TEST)

    def e_MatchSingleton(self, node, level):
        return self.constant(node.value)

    def e_MatchSequence(self, node, level):
        return '[' + self.join(node.patterns) + ']'

    def e_MatchStar(self, node, level):
        return '*' + ('_' if node.name is None else node.name)

    def e_MatchMapping(self, node, level):
        if len(node.keys) != len(node.patterns):
            raise ValueError('zip() argument 2 is %s than argument 1'
                             % ('shorter' if len(node.patterns) < len(node.keys) else 'longer'))
        parts = [self.expr(k, L_TEST) + ': ' + self.expr(p, L_TEST)
                 for k, p in zip(node.keys, node.patterns)]
        if node.rest is not None:
            parts.append('**' + node.rest)
        return '{' + ', '.join(parts) + '}'

    def e_MatchClass(self, node, level):
        parts = [self.expr(p, L_TEST) for p in node.patterns]
        if node.kwd_attrs:
            if len(node.kwd_attrs) != len(node.kwd_patterns):
                raise ValueError('zip() argument 2 is %s than argument 1'
                                 % ('shorter' if len(node.kwd_patterns) < len(node.kwd_attrs) else 'longer'))
            parts += [a + '=' + self.expr(p, L_TEST) for a, p in zip(node.kwd_attrs, node.kwd_patterns)]
        return self.expr(node.cls, L_ATOM) + '(' + ', '.join(parts) + ')'

    def e_MatchAs(self, node, level):
        if node.name is None:
            return '_'
        if node.pattern is None:
            return node.name
        text = self.expr(node.pattern, L_BOR) + ' as ' + node.name
        return '(' + text + ')' if level > L_TEST else text

    def e_MatchOr(self, node, level):
        text = ' | '.join([self.expr(p, _up(L_BOR)) for p in node.patterns])
        return '(' + text + ')' if level > L_BOR else text


def unparse(node):
    """Return Python source text for the tree node (see the module doc)."""
    w = _Writer()
    w.stmts(node)
    return ''.join(w.out)
