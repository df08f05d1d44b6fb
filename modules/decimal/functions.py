

# ---- exp, ln, log10 and powers -----------------------------------------------------------
# Fixed point: an int X stands for X / 10**w. Each function errs by a few units of its
# last place; _settle adds guard digits until the rounded result is certain.

def _fx_exp(x, w):
    """exp(x / 10**w) in fixed point w, for |x / 10**w| below about 3."""
    g = w + 8
    one = 10 ** g
    halvings = 12
    y = x * 10 ** 8 // 2 ** halvings
    total, term, i = one, one, 1
    while term:
        term = term * y // (i * one)
        total += term
        i += 1
    for _ in range(halvings):
        total = total * total // one
    return total // 10 ** 8


def _fx_ln_mantissa(m, w):
    """ln(m / 10**w) in fixed point w, for m / 10**w in [1, 10]: Newton's iteration on
    exp from a float's first guess."""
    one = 10 ** w
    lead = str(m)
    guess = math.log(float(lead[:17]) * 10.0 ** (len(lead) - 17 - w))
    y = int(guess * 10 ** 15) * 10 ** w // 10 ** 15
    while True:
        step = m * _fx_exp(-y, w) // one - one
        y += step
        if abs(step) < 10 ** (w // 2):
            step = m * _fx_exp(-y, w) // one - one
            return y + step


_LN10 = {}


def _fx_ln10(w):
    if w not in _LN10:
        if len(_LN10) > 64:
            _LN10.clear()
        _LN10[w] = _fx_ln_mantissa(10 ** (w + 5), w + 4) // 10 ** 4
    return _LN10[w]


def _fx_ln(c, e, w):
    """ln(c * 10**e) in fixed point w, for c > 0."""
    n = _ndigits(c)
    adj = e + n - 1
    g = w + _ndigits(abs(adj)) + 2
    if n - 1 > g:
        m = c // 10 ** (n - 1 - g)
    else:
        m = c * 10 ** (g - n + 1)
    r = _fx_ln_mantissa(m, g) + adj * _fx_ln10(g)
    return r // 10 ** (g - w)


def _fx_to_exp(t, w):
    """exp(t / 10**w) as (R, k): R / 10**w * 10**k, with R in [10**w, 10**(w+1))."""
    g = w + 4
    t *= 10 ** 4
    ln10 = _fx_ln10(g)
    k = t // ln10
    r = t - k * ln10
    return _fx_exp(r, g) // 10 ** 4, k


def _settle(approx, sign, ctx, rounding=ROUND_HALF_EVEN):
    """The correctly rounded, inexact result of a function computed by approx(w), which
    returns (R, e): a value R * 10**e whose last of more than w digits may err by a few
    units; more digits are asked for until R's error cannot change the rounding."""
    prec = ctx._prec
    guard = 8
    for _ in range(12):
        w = prec + guard
        r, e = approx(w)
        if not r:
            guard += 10
            continue
        n = _ndigits(r)
        if n < prec + 6:
            guard += prec + 6 - n
            continue
        if e + n - 1 < ctx._Emin:
            rounding = ROUND_HALF_EVEN   # as libmpdec's underflowing powers
        lo, c1 = _finish(sign, r - 50, e, ctx, rounding=rounding)
        hi, c2 = _finish(sign, r + 50, e, ctx, rounding=rounding)
        if (lo._kind, lo._coef, lo._exp) == (hi._kind, hi._coef, hi._exp):
            return lo, c1 | c2 | _C_INEXACT | _C_ROUNDED
        guard += 10
    res, conds = _finish(sign, r, e, ctx, rounding=rounding)
    return res, conds | _C_INEXACT | _C_ROUNDED


def _out_of_range(ctx, big, sign=0, rounding=ROUND_HALF_EVEN):
    """The result of a function whose value is far too large (big) or small for ctx."""
    if big:
        return _finish(sign, 1, ctx._Emax + 10, ctx, rounding=rounding)
    return _finish(sign, 1, ctx._Emin - ctx._prec - 10, ctx, rounding=ROUND_HALF_EVEN)


def _exp(a, ctx):
    if a._kind:
        nan = _nans(a, None, ctx)
        if nan:
            return nan
        if a._sign:
            return _mk(0, 0, 0), 0
        return a, 0
    if not a._coef:
        return _finish(0, 1, 0, ctx)
    limit = max(ctx._Emax, ctx._prec - ctx._Emin) + 10
    if _adjusted(a) >= _ndigits(limit) + 1:
        return _out_of_range(ctx, not a._sign)

    def approx(w):
        g = w + max(_adjusted(a) + 1, 0)
        if a._exp + g >= 0:
            t = a._coef * 10 ** (a._exp + g)
        else:
            t = a._coef // 10 ** (-a._exp - g)
        r, k = _fx_to_exp(-t if a._sign else t, g)
        return r // 10 ** (g - w), k - w
    return _settle(approx, 0, ctx)


def _ln_like(a, ctx, base10):
    if a._kind:
        return _root_specials(a, ctx)
    if not a._coef:
        return _mk(1, 0, 0, _INF), 0
    if a._sign:
        return _invalid()
    c, e = a._coef, a._exp
    if base10:
        digits = str(c)
        if digits.strip('0') == '1' and digits[0] == '1':
            p = e + len(digits) - 1
            return _finish(int(p < 0), abs(p), 0, ctx)
    elif e <= 0 and _ndigits(c) == 1 - e and c == 10 ** (-e):
        return _finish(0, 0, 0, ctx)

    def approx(w):
        if base10:
            g = w + 4
            v = _fx_ln(c, e, g) * 10 ** g // _fx_ln10(g)
            v //= 10 ** 4
        else:
            v = _fx_ln(c, e, w)
        return abs(v), -w
    sign = int(_cmp(a, _mk(0, 1, 0)) < 0)
    return _settle(approx, sign, ctx)


def _ln(a, ctx):
    return _ln_like(a, ctx, False)


def _log10(a, ctx):
    return _ln_like(a, ctx, True)


def _pow(a, b, ctx):
    if a._kind >= _NAN or b._kind >= _NAN:
        return _nans(a, b, ctx)
    odd = _is_integral(b) and _to_int(b) % 2 == 1
    if b._kind == _FIN and not b._coef:
        if a._kind == _FIN and not a._coef:
            return _invalid()
        return _finish(0, 1, 0, ctx)
    sign = a._sign if odd else 0
    if a._sign and not _is_integral(b) and not (a._kind == _FIN and not a._coef):
        return _invalid()
    if a._kind == _FIN and not a._coef:
        if b._sign:
            return _mk(sign, 0, 0, _INF), 0
        return _finish(sign, 0, 0, ctx)
    if a._kind == _INF:
        if b._sign:
            return _mk(sign, 0, 0), 0
        return _mk(sign, 0, 0, _INF), 0
    mag = _cmp(_mk(0, a._coef, a._exp), _mk(0, 1, 0))
    if b._kind == _INF:
        if mag == 0:
            return _finish(0, 10 ** (ctx._prec - 1), 1 - ctx._prec, ctx,
                           _C_INEXACT | _C_ROUNDED)
        if (mag > 0) != bool(b._sign):
            return _mk(0, 0, 0, _INF), 0
        return _mk(0, 0, 0), 0
    if _is_integral(b):
        n = _to_int(b) if _adjusted(b) < 40 else None
        if n is not None and abs(n) * _ndigits(a._coef) <= max(4 * ctx._prec, 2000):
            c = a._coef ** abs(n)
            e = a._exp * abs(n)
            if n > 0:
                return _finish(sign, c, e, ctx)
            return _quotient(sign, 1, 0, c, e, ctx)
    else:
        if mag == 0 and a._exp == 0:
            return _finish(0, 10 ** (ctx._prec - 1), 1 - ctx._prec, ctx,
                           _C_INEXACT | _C_ROUNDED)
    # exp(b * ln|a|), unless that is certainly out of range.
    jb = _adjusted(b)
    if mag != 0 and jb > 25:
        return _out_of_range(ctx, (mag > 0) != bool(b._sign), sign, ctx._rounding)
    ca, ea = a._coef, a._exp

    def approx(w):
        g = w + max(jb + 1, 0) + 2
        lnx = _fx_ln(ca, ea, g)
        t = b._coef * lnx
        if b._exp >= 0:
            t *= 10 ** b._exp
        else:
            t //= 10 ** (-b._exp)
        if b._sign:
            t = -t
        r, k = _fx_to_exp(t // 10 ** (g - w - 2), w + 2)
        return r // 100, k - w
    return _settle(approx, sign, ctx, ctx._rounding)


def _pow_mod(a, b, m, ctx):
    for x in (a, b, m):
        if x._kind == _SNAN:
            return _quiet(x, ctx), _C_INVALID
    for x in (a, b, m):
        if x._kind == _NAN:
            return _quiet(x, ctx), 0
    if not (_is_integral(a) and _is_integral(b) and _is_integral(m)):
        return _invalid()
    if b._sign or not m._coef or (not a._coef and not b._coef):
        return _invalid()
    modulus = abs(_to_int(m))
    if _ndigits(modulus) > ctx._prec:
        return _invalid()
    n = _to_int(b)
    r = pow(abs(_to_int(a)), n, modulus)
    return _mk(a._sign if n % 2 else 0, r, 0), 0
