package libm

import (
	"math"
	"math/big"
	"sync"
)

// Arguments of sin, cos and tan beyond bigArg are reduced exactly (Payne and Hanek's idea)
// with 2/pi to 1400 bits, enough for any double, computed once on first use.

const bigPrec = 1400

var (
	piOnce    sync.Once
	twoOverPi *big.Float
	bigPio2   *big.Float
)

// bigAtanInv is atan(1/n) scaled by 2**bits, by its Taylor series in integers.
func bigAtanInv(n int64, bits uint) *big.Int {
	one := new(big.Int).Lsh(big.NewInt(1), bits)
	nn := big.NewInt(n * n)
	term := new(big.Int).Div(one, big.NewInt(n))
	sum := new(big.Int).Set(term)
	for i := int64(3); term.Sign() != 0; i += 2 {
		term.Div(term, nn)
		t := new(big.Int).Div(term, big.NewInt(i))
		if (i/2)%2 == 1 {
			sum.Sub(sum, t)
		} else {
			sum.Add(sum, t)
		}
	}
	return sum
}

func initPi() {
	const bits = bigPrec + 64
	// Machin: pi/4 = 4 atan(1/5) - atan(1/239).
	p := new(big.Int).Mul(bigAtanInv(5, bits), big.NewInt(16))
	p.Sub(p, new(big.Int).Mul(bigAtanInv(239, bits), big.NewInt(4)))
	pi := new(big.Float).SetPrec(bits).SetInt(p)
	pi.SetMantExp(pi, -int(bits))
	bigPio2 = new(big.Float).SetPrec(bigPrec).Quo(pi, big.NewFloat(2))
	twoOverPi = new(big.Float).SetPrec(bigPrec).Quo(big.NewFloat(2).SetPrec(bigPrec), pi)
}

// reduceBig returns x - k pi/2 and k mod 4 for a finite |x| >= bigArg.
func reduceBig(x float64) (dd, int) {
	piOnce.Do(initPi)
	t := new(big.Float).SetPrec(bigPrec).SetFloat64(x)
	t.Mul(t, twoOverPi)
	k, _ := new(big.Float).SetPrec(bigPrec).Add(t, big.NewFloat(math.Copysign(0.5, x))).Int(nil)
	f := t.Sub(t, new(big.Float).SetPrec(bigPrec).SetInt(k))
	f.Mul(f, bigPio2)
	hi, _ := f.Float64()
	lo, _ := f.Sub(f, big.NewFloat(hi)).Float64()
	q := new(big.Int).And(k, big.NewInt(3)).Int64()
	return dd{hi, lo}, int(q)
}
