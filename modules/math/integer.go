package pymath

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/compiler"
	"github.com/gopyrt/gopy/internal/argclinic"
	"github.com/gopyrt/gopy/internal/objects"
	"github.com/gopyrt/gopy/internal/syntax/ast"
)

// The integer functions compute exactly with math/big; only CPython's argument
// conversions and messages matter.

var maxSsize = big.NewInt(math.MaxInt64)

func gcd(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := argclinic.NoKeywords("math.gcd", kwargs); err != nil {
		return nil, err
	}
	res := new(big.Int)
	for _, a := range args {
		b, err := argclinic.BigIndex(a)
		if err != nil {
			return nil, err
		}
		res.GCD(nil, nil, res, new(big.Int).Abs(b))
	}
	return argclinic.IntOf(res), nil
}

func lcm(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := argclinic.NoKeywords("math.lcm", kwargs); err != nil {
		return nil, err
	}
	res := big.NewInt(1)
	for i, a := range args {
		b, err := argclinic.BigIndex(a)
		if err != nil {
			return nil, err
		}
		b = new(big.Int).Abs(b)
		switch {
		case i == 0:
			res.Set(b)
		case res.Sign() == 0 || b.Sign() == 0:
			res.SetInt64(0)
		default:
			g := new(big.Int).GCD(nil, nil, res, b)
			res.Mul(res.Quo(res, g), b)
		}
	}
	return argclinic.IntOf(res), nil
}

// factorialOf is n! for 0 <= n.
func factorialOf(n int64) *big.Int {
	if n < 2 {
		return big.NewInt(1)
	}
	return new(big.Int).MulRange(1, n)
}

func factorial(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := argclinic.One("math.factorial", args, kwargs)
	if err != nil {
		return nil, err
	}
	n, err := argclinic.BigIndex(a)
	if err != nil {
		return nil, err
	}
	switch {
	case n.Sign() < 0:
		return nil, py.ExceptionNewf(py.ValueError, "factorial() not defined for negative values")
	case n.Cmp(maxSsize) > 0:
		return nil, py.ExceptionNewf(py.OverflowError, "factorial() argument should not exceed %d", int64(math.MaxInt64))
	}
	return argclinic.IntOf(factorialOf(n.Int64())), nil
}

// fallingProduct is n (n-1) ... (n-k+1).
func fallingProduct(n *big.Int, k int64) *big.Int {
	if n.IsInt64() && n.Int64() >= k {
		return new(big.Int).MulRange(n.Int64()-k+1, n.Int64())
	}
	res := big.NewInt(1)
	f := new(big.Int).Set(n)
	one := big.NewInt(1)
	for i := int64(0); i < k; i++ {
		res.Mul(res, f)
		f.Sub(f, one)
	}
	return res
}

// nk converts the n and k of comb and perm; zero is true when k > n.
func nk(n, k py.Object) (bn, bk *big.Int, zero bool, err error) {
	if bn, err = argclinic.BigIndex(n); err != nil {
		return
	}
	if bk, err = argclinic.BigIndex(k); err != nil {
		return
	}
	switch {
	case bn.Sign() < 0:
		err = py.ExceptionNewf(py.ValueError, "n must be a non-negative integer")
	case bk.Sign() < 0:
		err = py.ExceptionNewf(py.ValueError, "k must be a non-negative integer")
	}
	return bn, bk, err == nil && bk.Cmp(bn) > 0, err
}

func comb(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := argclinic.Exact("comb", "math.comb", args, kwargs, 2, 2); err != nil {
		return nil, err
	}
	n, k, zero, err := nk(args[0], args[1])
	if err != nil || zero {
		return py.Int(0), err
	}
	rest := new(big.Int).Sub(n, k)
	if rest.Cmp(k) < 0 {
		k = rest
	}
	if k.Cmp(maxSsize) > 0 {
		return nil, py.ExceptionNewf(py.OverflowError, "min(n - k, k) must not exceed %d", int64(math.MaxInt64))
	}
	if n.IsInt64() {
		return argclinic.IntOf(new(big.Int).Binomial(n.Int64(), k.Int64())), nil
	}
	p := fallingProduct(n, k.Int64())
	return argclinic.IntOf(p.Quo(p, factorialOf(k.Int64()))), nil
}

func perm(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := argclinic.Exact("perm", "math.perm", args, kwargs, 1, 2); err != nil {
		return nil, err
	}
	if len(args) == 1 || args[1] == py.None {
		return factorial(nil, py.Tuple{args[0]}, nil)
	}
	n, k, zero, err := nk(args[0], args[1])
	if err != nil || zero {
		return py.Int(0), err
	}
	if k.Cmp(maxSsize) > 0 {
		return nil, py.ExceptionNewf(py.OverflowError, "k must not exceed %d", int64(math.MaxInt64))
	}
	return argclinic.IntOf(fallingProduct(n, k.Int64())), nil
}

func isqrt(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := argclinic.One("math.isqrt", args, kwargs)
	if err != nil {
		return nil, err
	}
	if v, ok := a.(py.Int); ok && v >= 0 {
		return py.Int(isqrt64(uint64(v))), nil
	}
	n, err := argclinic.BigIndex(a)
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "isqrt() argument must be nonnegative")
	}
	return argclinic.IntOf(new(big.Int).Sqrt(n)), nil
}

// isqrt64 is the floor of the square root of n: the float estimate corrected by at most a
// step either way (a float64 square root is within one of the true root for any uint64).
func isqrt64(n uint64) uint64 {
	r := uint64(math.Sqrt(float64(n)))
	for r > 0 && (r > math.MaxUint32 || r*r > n) {
		r--
	}
	for r+1 <= math.MaxUint32 && (r+1)*(r+1) <= n {
		r++
	}
	return r
}

func prod(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := argclinic.Parse("prod", args, kwargs, []string{"iterable", "start"}, 1, 1, 1)
	if err != nil {
		return nil, err
	}
	res := a[1]
	if res == nil {
		res = py.Int(1)
	}
	it, err := objects.Iter(a[0])
	if err != nil {
		return nil, err
	}
	for {
		item, err := py.Next(it)
		if err != nil {
			if py.IsException(py.StopIteration, err) {
				return res, nil
			}
			return nil, err
		}
		if res, err = compiler.Binary(ast.Mult, res, item); err != nil {
			return nil, err
		}
	}
}

func intMethods() []*py.Method {
	return []*py.Method{
		py.MustNewMethod("gcd", gcd, 0, "gcd($module, *integers)\n--\n\nGreatest Common Divisor."),
		py.MustNewMethod("lcm", lcm, 0, "lcm($module, *integers)\n--\n\nLeast Common Multiple."),
		py.MustNewMethod("factorial", factorial, 0, "factorial($module, n, /)\n--\n\nReturn n! for a non-negative integer n."),
		py.MustNewMethod("comb", comb, 0, "comb($module, n, k, /)\n--\n\nNumber of ways to choose k items from n items without repetition and without order."),
		py.MustNewMethod("perm", perm, 0, "perm($module, n, k=None, /)\n--\n\nNumber of ways to choose k items from n items without repetition and with order."),
		py.MustNewMethod("isqrt", isqrt, 0, "isqrt($module, n, /)\n--\n\nReturn the integer part of the square root of n."),
		py.MustNewMethod("prod", prod, 0, "prod($module, iterable, /, *, start=1)\n--\n\nReturn the product of start (1 by default) and the items of iterable."),
	}
}
