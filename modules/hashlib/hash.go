package hashlib

import (
	"crypto/sha3"
	"encoding/hex"
	"fmt"
	"hash"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/argclinic"
	"github.com/gopyrt/gopy/internal/classes"
)

// HASHType is _hashlib.HASH, the type of every digest but blake2's; HASHXOFType,
// _hashlib.HASHXOF, is the SHAKEs' (digest and hexdigest take a length).
var (
	HASHType    = py.NewType("HASH", "A hash is an object used to calculate a checksum of a string of information.")
	HASHXOFType = py.NewType("HASHXOF", "A hash is an object used to calculate a checksum of a string of information.")
)

// Hash is a _hashlib.HASH or HASHXOF object.
type Hash struct {
	alg *algorithm
	h   hash.Hash
	xof *sha3.SHAKE
}

// Type returns HASH or HASHXOF.
func (h *Hash) Type() *py.Type {
	if h.xof != nil {
		return HASHXOFType
	}
	return HASHType
}

// M__repr__ is CPython's "<md5 _hashlib.HASH object @ 0x...>".
func (h *Hash) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<%s _hashlib.%s object @ %#x>", h.alg.name, h.Type().Name, int64(classes.ID(h)))), nil
}

func newHash(a *algorithm) *Hash {
	if a.newXOF != nil {
		return &Hash{alg: a, xof: a.newXOF()}
	}
	return &Hash{alg: a, h: a.newHash()}
}

func (h *Hash) write(b []byte) {
	if h.xof != nil {
		h.xof.Write(b)
	} else {
		h.h.Write(b)
	}
}

// dataArg converts the data given to a constructor or update(): any buffer, not a str.
func dataArg(o py.Object) ([]byte, error) {
	if _, ok := o.(py.String); ok {
		return nil, py.ExceptionNewf(py.TypeError, "Strings must be encoded before hashing")
	}
	if b, ok := argclinic.Bytes(o); ok {
		return b, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "object supporting the buffer API required")
}

func (h *Hash) copyHash() *Hash {
	c := &Hash{alg: h.alg}
	if h.xof != nil {
		state, _ := h.xof.MarshalBinary()
		c.xof = h.alg.newXOF()
		c.xof.UnmarshalBinary(state)
	} else {
		c.h = clone(h.h)
	}
	return c
}

// output is the digest: the hash's, or length bytes of the SHAKE's output.
func (h *Hash) output(args py.Tuple, kwargs py.StringDict, method string) ([]byte, error) {
	if h.xof == nil {
		if err := argclinic.NoKeywords(method, kwargs); err != nil {
			return nil, err
		}
		if len(args) != 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes no arguments (%d given)", method, len(args))
		}
		return h.h.Sum(nil), nil
	}
	a, err := argclinic.Parse(method, args, kwargs, []string{"length"}, 0, 1, 1)
	if err != nil {
		return nil, err
	}
	n, err := argclinic.Int(a[0])
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, py.ExceptionNewf(py.SystemError, "Negative size passed to PyBytes_FromStringAndSize")
	}
	out := make([]byte, n)
	h.copyHash().xof.Read(out)
	return out, nil
}

func hashSelf(self py.Object, method string) (*Hash, error) {
	h, ok := self.(*Hash)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for '_hashlib.HASH' objects doesn't apply to a '%s' object", method, argclinic.TypeName(self))
	}
	return h, nil
}

func init() {
	for _, t := range []*py.Type{HASHType, HASHXOFType} {
		t.Dict["__module__"] = py.String("_hashlib")
		t.New = func(*py.Type, py.Tuple, py.StringDict) (py.Object, error) {
			return nil, py.ExceptionNewf(py.TypeError, "cannot create '_hashlib.%s' instances", t.Name)
		}
		d := t.Dict
		d["update"] = classes.NewMethodOf("HASH", "update", "Update this hash object's state with the provided string.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			h, err := hashSelf(self, "update")
			if err != nil {
				return nil, err
			}
			a, err := argclinic.One("HASH.update", args, kwargs)
			if err != nil {
				return nil, err
			}
			b, err := dataArg(a)
			if err != nil {
				return nil, err
			}
			h.write(b)
			return py.None, nil
		})
		d["digest"] = classes.NewMethodOf("HASH", "digest", "Return the digest value as a bytes object.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			h, err := hashSelf(self, "digest")
			if err != nil {
				return nil, err
			}
			b, err := h.output(args, kwargs, "digest")
			if err != nil {
				return nil, err
			}
			return py.Bytes(b), nil
		})
		d["hexdigest"] = classes.NewMethodOf("HASH", "hexdigest", "Return the digest value as a string of hexadecimal digits.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			h, err := hashSelf(self, "hexdigest")
			if err != nil {
				return nil, err
			}
			b, err := h.output(args, kwargs, "hexdigest")
			if err != nil {
				return nil, err
			}
			return py.String(hex.EncodeToString(b)), nil
		})
		d["copy"] = classes.NewMethodOf("HASH", "copy", "Return a copy of the hash object.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			h, err := hashSelf(self, "copy")
			if err != nil {
				return nil, err
			}
			return h.copyHash(), nil
		})
		d["name"] = &py.Property{Fget: func(o py.Object) (py.Object, error) { return py.String(o.(*Hash).alg.name), nil }}
		d["digest_size"] = &py.Property{Fget: func(o py.Object) (py.Object, error) { return py.Int(o.(*Hash).alg.size), nil }}
		d["block_size"] = &py.Property{Fget: func(o py.Object) (py.Object, error) { return py.Int(o.(*Hash).alg.blockSize), nil }}
	}
}
