

# ---- format() ----------------------------------------------------------------------------

_SPEC = re.compile(r"""
    (?:(?P<fill>.)?(?P<align>[<>=^]))?
    (?P<sign>[-+ ])?
    (?P<z>z)?
    (?P<zero>0)?
    (?P<width>[0-9]+)?
    (?P<group>,)?
    (?:\.(?P<prec>[0-9]+))?
    (?P<type>[eEfFgGn%])?
    \Z
""", re.S | re.X)


def _group(digits, sep, min_width):
    """digits with sep between groups of three, padded with zeros until at least
    min_width characters long (never starting with the separator)."""
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    while len(sep.join(groups)) < min_width:
        if len(groups[0]) < 3:
            groups[0] = '0' + groups[0]
        else:
            groups.insert(0, '0')
    return sep.join(groups)


def _format(d, spec, ctx):
    m = _SPEC.match(spec)
    if m is None:
        raise ValueError('invalid format string')
    fill = m.group('fill') or ' '
    align = m.group('align')
    zero = m.group('zero') and not m.group('align')
    if zero:
        fill, align = '0', '='
    align = align or '>'
    sign_opt = m.group('sign') or '-'
    prec = m.group('prec')
    prec = int(prec) if prec is not None else None
    kind = m.group('type')
    sep = m.group('group') or ''
    caps = ctx._capitals
    if kind is None:
        kind = 'G' if caps else 'g'
        if prec is None:
            kind = None
    elif kind == 'n':
        kind = 'g'
    negative = bool(d._sign)
    suffix = '%' if kind == '%' else ''
    if d._kind != _FIN:
        body = d._text(False, 1).lstrip('-')
        if zero:
            fill, align = ' ', '>'
        digits_int, rest = body, ''
        sep = ''
    else:
        x = d
        if kind == '%':
            x = _mk(x._sign, x._coef, x._exp + 2)
        if prec is not None and not x._coef and kind in ('f', 'F', '%'):
            x = _mk(x._sign, 0, -prec)
        if prec is not None and x._coef:
            if kind in ('e', 'E'):
                x = _fmt_round(x, _ndigits(x._coef) - prec - 1, ctx)
            elif kind in ('f', 'F', '%'):
                x = _fmt_round(x, -prec - x._exp, ctx)
            else:
                x = _fmt_round(x, _ndigits(x._coef) - max(prec, 1), ctx)
        digits = str(x._coef)
        exp = x._exp
        if prec is not None:
            if kind in ('e', 'E'):
                pad = prec + 1 - len(digits)
            elif kind in ('f', 'F', '%'):
                pad = exp + prec
            else:
                pad = 0
            if pad > 0:
                digits += '0' * pad
                if x._coef or kind in ('f', 'F', '%'):
                    exp -= pad
        if not x._coef and prec is None and kind in ('f', 'F', '%'):
            exp = min(exp, 0)
        if not x._coef and m.group('z'):
            negative = False
        lead = exp + len(digits)
        if kind in ('e', 'E'):
            point = 1
        elif kind in ('f', 'F', '%'):
            point = lead
        elif exp <= 0 and lead > -6:
            point = lead
        else:
            point = 1
        if point <= 0:
            digits_int, frac = '0', '0' * -point + digits
        elif point >= len(digits):
            digits_int, frac = digits + '0' * (point - len(digits)), ''
        else:
            digits_int, frac = digits[:point], digits[point:]
        rest = ('.' + frac) if frac else ''
        if lead != point or kind in ('e', 'E'):
            mark = 'E' if kind in ('E', 'G') or (kind is None and caps) else 'e'
            rest += mark + '%+d' % (lead - point)
    if negative:
        sign = '-'
    elif sign_opt == '+':
        sign = '+'
    elif sign_opt == ' ':
        sign = ' '
    else:
        sign = ''
    rest += suffix
    width = int(m.group('width') or 0)
    if sep:
        min_int = width - len(sign) - len(rest) if zero else 0
        digits_int = _group(digits_int, sep, min_int)
        body = digits_int + rest
    else:
        body = digits_int + rest
    room = width - len(sign) - len(body)
    if room <= 0:
        return sign + body
    if align == '<':
        return sign + body + fill * room
    if align == '>':
        return fill * room + sign + body
    if align == '=':
        return sign + fill * room + body
    left = room // 2
    return fill * left + sign + body + fill * (room - left)


def _fmt_round(x, drop, ctx):
    """x with its drop lowest digits rounded away under the context's rounding."""
    if drop <= 0:
        return x
    coef, _ = _shed(x._coef, drop, x._sign, ctx._rounding)
    exp = x._exp + drop
    if coef and _ndigits(coef) > _ndigits(x._coef) - drop:
        coef, exp = coef // 10, exp + 1   # 999.99 became 1000.0
    return _mk(x._sign, coef, exp)


_context_methods()
