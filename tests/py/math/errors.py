# math: argument conversion, domain and range errors, and the special cases, with
# CPython's messages.
import math
tests = ["math.sqrt()", "math.sqrt(1,2)", "math.sqrt(x=1)", "math.sqrt('a')", "math.sqrt(None)", "math.pow(1)", "math.pow(1,2,3)", "math.pow(x=1,y=2)",
 "math.log()", "math.log(1,2,3)", "math.log('a')", "math.log(0)", "math.log(-1)", "math.log(10**400)", "math.log(10**400, 10)", "math.log2(2**2000)", "math.log10(10**500)",
 "math.isclose(1)", "math.isclose(1,2,3)", "math.isclose(1,2,rel_tol=-1)", "math.isclose(1,2,foo=1)", "math.isclose(a=1,b=1)",
 "math.factorial(-1)", "math.factorial(1.5)", "math.factorial(5.0)", "math.factorial('a')", "math.factorial(10**20)",
 "math.gcd(1.5)", "math.gcd()", "math.lcm()", "math.gcd(12, 18, 'a')", "math.comb(5)", "math.comb(-1, 2)", "math.comb(5, -1)", "math.comb(5.0, 2)", "math.perm(5)", "math.perm(5, None)", "math.perm(-5)", "math.perm(5, -2)",
 "math.isqrt(-1)", "math.isqrt(2.0)", "math.prod([1,2], 3)", "math.prod([1,2], start=3)", "math.prod()", "math.dist([1],[1,2])", "math.dist(1, 2)", "math.hypot('a')",
 "math.fsum([1e308, 1e308])", "math.fsum([float('inf'), float('-inf')])", "math.fsum(['a'])", "math.fsum(1)", "math.ldexp(1.0, 1.5)", "math.ldexp(1.0, 10**20)", "math.ldexp(1.0, -10**20)",
 "math.floor('a')", "math.ceil(None)", "math.trunc('a')", "math.trunc(1.5)", "math.floor(float('inf'))", "math.floor(float('nan'))", "math.ceil(1e300)",
 "math.nextafter(1)", "math.nextafter(1.0, 2.0)", "math.ulp(0.0)", "math.ulp(float('inf'))", "math.ulp(-1.0)", "math.remainder(1, 0)", "math.remainder(float('inf'), 1)",
 "math.fmod(1, 0)", "math.fmod(float('inf'), 1)", "math.exp(1000)", "math.exp(-1000)", "math.sqrt(-1)", "math.acos(2)", "math.gamma(0)", "math.gamma(-1)", "math.gamma(200)", "math.lgamma(0)", "math.lgamma(-2)",
 "math.atanh(1)", "math.erf(float('nan'))", "math.pow(0, -1)", "math.pow(-1, 0.5)", "math.pow(10, 400)", "math.pow(float('inf'), -1)", "math.cosh(1000)", "math.log1p(-1)", "math.expm1(1000)", "math.degrees(1)", "math.radians(180)",
 "math.sqrt(10**400)", "math.sqrt(True)", "math.frexp(0.0)", "math.frexp(float('inf'))", "math.modf(float('inf'))", "math.modf(-2.5)", "math.copysign(1, -0.0)", "math.isinf(10**400)",
 "math.comb(10**20, 3)", "math.perm(10**20, 3)", "math.comb(100, 50)", "math.factorial(True)", "math.log(1, 1)", "math.log(2, 0.5)", "math.log(8, 2)", "math.cbrt(27)", "math.exp2(10)", "math.dist((1,2),(4,6))",
 "math.hypot()", "math.hypot(3)", "math.hypot(3,4,12)", "math.gcd(2**100, 6**50)", "math.lcm(4, 6, 10)", "math.gcd(-4)", "math.lcm(-4, 0)", "math.isqrt(10**50)", "math.prod([1.5, 2, 3])", "math.prod(range(1,20))",
 "math.tau", "math.inf", "math.nan", "math.e", "math.pi", "math.fabs(-2)", "math.isfinite(1)", "math.isnan(float('nan'))", "math.trunc(-2.7)",
 "math.log(0.0)", "math.log(True)", "math.log(1.5, 'a')","math.comb(3, 5)", "math.perm(3, 5)", "math.factorial(0)"]
for t in tests:
    try:
        r = eval(t)
        print(t, '->', repr(r))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
