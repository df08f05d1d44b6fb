// Package random provides Python's random module: _random.Random, a Mersenne Twister in Go
// (mt.go) with CPython's seeding (init_by_array over the seed's 32-bit words, str and bytes
// seeds extended with their SHA-512), getrandbits and random(); and random.py (embedded,
// written by gopy), the Random class over it with CPython 3.11's algorithms for randrange,
// choice, shuffle, sample, choices and the distributions, so that a seeded generator gives
// exactly python3's numbers.
package random

import (
	"crypto/rand"
	"crypto/sha512"
	_ "embed"
	"encoding/binary"
	"math/big"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib" // registers gpython's modules first

	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/internal/objects"
)

//go:embed random.py
var source string

// Generator is an instance of _random.Random (or of a Python subclass, random.Random).
type Generator struct {
	classes.Instance
	mt mt
}

// RandomType is _random.Random, the base class of random.Random.
var RandomType = classes.NewNativeType("Random", "_random", "Random() -> create a random number generator with its own internal state.",
	py.ObjectType, func(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		g := &Generator{}
		g.Init(cls, g)
		if err := g.seedFromOS(); err != nil {
			return nil, err
		}
		return g, nil
	})

func init() {
	d := RandomType.Dict
	d["seed"] = classes.NewMethodOf("Random", "seed", "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier.", seed)
	d["random"] = classes.NewMethodOf("Random", "random", "random() -> x in the interval [0, 1).", random)
	d["getrandbits"] = classes.NewMethodOf("Random", "getrandbits", "getrandbits(k) -> x.  Generates an int with k random bits.", getrandbits)
	d["getstate"] = classes.NewMethodOf("Random", "getstate", "getstate() -> tuple containing the current state.", getstate)
	d["setstate"] = classes.NewMethodOf("Random", "setstate", "setstate(state) -> None.  Restores generator state.", setstate)
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_random", Doc: "Module implements the Mersenne Twister random number generator."},
		Globals: py.StringDict{"Random": RandomType},
	})
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "random", Doc: "Random variable generators.", FileDesc: "<frozen random>"},
		CodeSrc: source,
	})
}

func generator(self py.Object, method string) (*Generator, error) {
	g, ok := self.(*Generator)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for '_random.Random' objects doesn't apply to a '%s' object", method, self.Type().Name)
	}
	return g, nil
}

func (g *Generator) seedFromOS() error {
	var buf [mtN * 4]byte
	if _, err := rand.Read(buf[:]); err != nil {
		return py.ExceptionNewf(py.OSError, "urandom: %v", err)
	}
	key := make([]uint32, mtN)
	for i := range key {
		key[i] = binary.LittleEndian.Uint32(buf[4*i:])
	}
	g.mt.initByArray(key)
	return nil
}

// seedInt returns the big integer a seed stands for: an int's absolute value; a str,
// bytes or bytearray as random.seed's version 2 makes it (the bytes followed by their
// SHA-512, read big-endian); anything else its hash as an unsigned 64-bit number.
func seedInt(a py.Object) (*big.Int, error) {
	var data []byte
	switch v := a.(type) {
	case py.Bool:
		if v {
			return big.NewInt(1), nil
		}
		return big.NewInt(0), nil
	case py.Int:
		n := big.NewInt(int64(v))
		return n.Abs(n), nil
	case *py.BigInt:
		n := new(big.Int).Set((*big.Int)(v))
		return n.Abs(n), nil
	case py.String:
		data = []byte(string(v))
	case py.Bytes:
		data = []byte(v)
	case *objects.ByteArray:
		data = append([]byte(nil), v.Bytes()...)
	default:
		if i, ok := classes.NativeOf(a).(py.Int); ok {
			return seedInt(i)
		}
		h, err := objects.Hash(a)
		if err != nil {
			return nil, err
		}
		return new(big.Int).SetUint64(uint64(h)), nil
	}
	sum := sha512.Sum512(data)
	return new(big.Int).SetBytes(append(data, sum[:]...)), nil
}

func seed(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	g, err := generator(self, "seed")
	if err != nil {
		return nil, err
	}
	var a py.Object = py.None
	if err := py.UnpackTuple(args, kwargs, "seed", 0, 1, &a); err != nil {
		return nil, err
	}
	if a == py.None {
		return py.None, g.seedFromOS()
	}
	n, err := seedInt(a)
	if err != nil {
		return nil, err
	}
	key := []uint32{0}
	if n.Sign() != 0 {
		b := n.Bytes() // big-endian
		key = make([]uint32, (n.BitLen()-1)/32+1)
		for i := range key {
			var w uint32
			for j := 0; j < 4; j++ {
				if k := len(b) - 1 - (4*i + j); k >= 0 {
					w |= uint32(b[k]) << (8 * uint(j))
				}
			}
			key[i] = w
		}
	}
	g.mt.initByArray(key)
	return py.None, nil
}

func random(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	g, err := generator(self, "random")
	if err != nil {
		return nil, err
	}
	if len(args) != 0 || len(kwargs) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "Random.random() takes no arguments (%d given)", len(args)+len(kwargs))
	}
	return py.Float(g.mt.float()), nil
}

func getrandbits(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	g, err := generator(self, "getrandbits")
	if err != nil {
		return nil, err
	}
	if len(kwargs) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "Random.getrandbits() takes no keyword arguments")
	}
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "Random.getrandbits() takes exactly one argument (%d given)", len(args))
	}
	if _, isFloat := args[0].(py.Float); isFloat {
		return nil, py.ExceptionNewf(py.TypeError, "'float' object cannot be interpreted as an integer")
	}
	kv, err := py.Index(args[0])
	if err != nil {
		return nil, err
	}
	k := int(kv)
	if k < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "number of bits must be non-negative")
	}
	if k == 0 {
		return py.Int(0), nil
	}
	if k <= 32 {
		return py.Int(g.mt.uint32() >> uint(32-k)), nil
	}
	words := g.mt.bits(k)
	n := new(big.Int)
	for i := len(words) - 1; i >= 0; i-- {
		n.Lsh(n, 32)
		n.Or(n, big.NewInt(int64(words[i])))
	}
	return (*py.BigInt)(n).MaybeInt(), nil
}

func getstate(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	g, err := generator(self, "getstate")
	if err != nil {
		return nil, err
	}
	t := make(py.Tuple, mtN+1)
	for i, w := range g.mt.state {
		t[i] = py.Int(w)
	}
	t[mtN] = py.Int(g.mt.index)
	return t, nil
}

func setstate(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	g, err := generator(self, "setstate")
	if err != nil {
		return nil, err
	}
	if len(args) != 1 || len(kwargs) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "Random.setstate() takes exactly one argument (%d given)", len(args)+len(kwargs))
	}
	t, ok := classes.NativeOf(args[0]).(py.Tuple)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "state vector must be a tuple")
	}
	if len(t) != mtN+1 {
		return nil, py.ExceptionNewf(py.ValueError, "state vector is the wrong size")
	}
	var st [mtN]uint32
	for i := 0; i < mtN; i++ {
		n, err := seedWord(t[i])
		if err != nil {
			return nil, err
		}
		st[i] = n
	}
	idx, err := py.Index(t[mtN])
	if err != nil {
		return nil, err
	}
	if idx < 0 || idx > mtN {
		return nil, py.ExceptionNewf(py.ValueError, "invalid state")
	}
	g.mt.state = st
	g.mt.index = int(idx)
	return py.None, nil
}

// seedWord converts a state element as PyLong_AsUnsignedLong does, keeping its low 32 bits.
func seedWord(o py.Object) (uint32, error) {
	switch v := o.(type) {
	case py.Int:
		if v < 0 {
			return 0, py.ExceptionNewf(py.OverflowError, "can't convert negative int to unsigned")
		}
		return uint32(v), nil
	case *py.BigInt:
		b := (*big.Int)(v)
		if b.Sign() < 0 {
			return 0, py.ExceptionNewf(py.OverflowError, "can't convert negative int to unsigned")
		}
		if b.BitLen() > 64 {
			return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C unsigned long")
		}
		return uint32(b.Uint64()), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	}
	return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", o.Type().Name)
}
