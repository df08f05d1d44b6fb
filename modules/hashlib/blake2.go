package hashlib

import (
	"encoding/hex"
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/argclinic"
	"github.com/gopyrt/gopy/internal/classes"
	"github.com/gopyrt/gopy/modules/hashlib/internal/blake2"
)

// Blake2 is an instance of _blake2.blake2b or _blake2.blake2s.
type Blake2 struct {
	t *py.Type
	d *blake2.Digest
}

// Type returns blake2b or blake2s.
func (b *Blake2) Type() *py.Type { return b.t }

// M__repr__ is "<_blake2.blake2b object at 0x...>".
func (b *Blake2) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<_blake2.%s object at %#x>", b.t.Name, int64(classes.ID(b)))), nil
}

// blake2Kind describes BLAKE2b or BLAKE2s: their limits.
type blake2Kind struct {
	name                          string
	maxDigest, maxKey, salt, pers int
	maxOffset                     uint64
	new                           func(blake2.Params) *blake2.Digest
	block                         int
}

var (
	kind2b = &blake2Kind{"blake2b", 64, 64, 16, 16, 1<<64 - 1, blake2.New2b, 128}
	kind2s = &blake2Kind{"blake2s", 32, 32, 8, 8, 1<<48 - 1, blake2.New2s, 64}

	// Blake2bType and Blake2sType are _blake2.blake2b and _blake2.blake2s.
	Blake2bType = py.NewTypeX("blake2b", "Return a new BLAKE2b hash object.", nil, nil)
	Blake2sType = py.NewTypeX("blake2s", "Return a new BLAKE2s hash object.", nil, nil)
)

var blake2Params = []string{"data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size",
	"node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"}

// unsignedArg converts leaf_size or node_offset: a non-negative int.
func unsignedArg(o py.Object) (uint64, bool, error) {
	b, err := argclinic.BigIndex(o)
	if err != nil {
		return 0, false, err
	}
	if b.Sign() < 0 {
		return 0, false, py.ExceptionNewf(py.ValueError, "value must be positive")
	}
	if !b.IsUint64() {
		return 0, true, nil
	}
	return b.Uint64(), false, nil
}

func (k *blake2Kind) construct(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := argclinic.Parse(k.name, args, kwargs, blake2Params, 1, 1, 0)
	if err != nil {
		return nil, err
	}
	p := blake2.Params{DigestSize: k.maxDigest, Fanout: 1, Depth: 1}
	ints := map[int]*int{1: &p.DigestSize, 5: &p.Fanout, 6: &p.Depth, 9: &p.NodeDepth, 10: &p.InnerSize}
	for i, dst := range ints {
		if a[i] != nil {
			if *dst, err = argclinic.Int(a[i]); err != nil {
				return nil, err
			}
		}
	}
	bufs := map[int]*[]byte{2: &p.Key, 3: &p.Salt, 4: &p.Person}
	for i, dst := range bufs {
		if a[i] != nil {
			if *dst, err = argclinic.NeedBytes(a[i]); err != nil {
				return nil, err
			}
		}
	}
	var leaf, offset uint64
	var leafBig, offsetBig bool
	if a[7] != nil {
		if leaf, leafBig, err = unsignedArg(a[7]); err != nil {
			return nil, err
		}
	}
	if a[8] != nil {
		if offset, offsetBig, err = unsignedArg(a[8]); err != nil {
			return nil, err
		}
	}
	if a[11] != nil {
		if p.LastNode, err = py.ObjectIsTrue(a[11]); err != nil {
			return nil, err
		}
	}
	switch {
	case p.DigestSize <= 0 || p.DigestSize > k.maxDigest:
		return nil, py.ExceptionNewf(py.ValueError, "digest_size must be between 1 and %d bytes", k.maxDigest)
	case len(p.Salt) > k.salt:
		return nil, py.ExceptionNewf(py.ValueError, "maximum salt length is %d bytes", k.salt)
	case len(p.Person) > k.pers:
		return nil, py.ExceptionNewf(py.ValueError, "maximum person length is %d bytes", k.pers)
	case p.Fanout < 0 || p.Fanout > 255:
		return nil, py.ExceptionNewf(py.ValueError, "fanout must be between 0 and 255")
	case p.Depth <= 0 || p.Depth > 255:
		return nil, py.ExceptionNewf(py.ValueError, "depth must be between 1 and 255")
	case leafBig || leaf > 0xFFFFFFFF:
		return nil, py.ExceptionNewf(py.OverflowError, "leaf_size is too large")
	case offsetBig || offset > k.maxOffset:
		return nil, py.ExceptionNewf(py.OverflowError, "node_offset is too large")
	case p.NodeDepth < 0 || p.NodeDepth > 255:
		return nil, py.ExceptionNewf(py.ValueError, "node_depth must be between 0 and 255")
	case p.InnerSize < 0 || p.InnerSize > k.maxDigest:
		return nil, py.ExceptionNewf(py.ValueError, "inner_size must be between 0 and is %d", k.maxDigest)
	case len(p.Key) > k.maxKey:
		return nil, py.ExceptionNewf(py.ValueError, "maximum key length is %d bytes", k.maxKey)
	}
	p.LeafSize, p.NodeOffset = uint32(leaf), offset
	b := &Blake2{t: t, d: k.new(p)}
	if a[0] != nil {
		data, err := dataArg(a[0])
		if err != nil {
			return nil, err
		}
		b.d.Write(data)
	}
	return b, nil
}

func blake2Self(self py.Object, method string) (*Blake2, error) {
	b, ok := self.(*Blake2)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a '_blake2' object but received a '%s'", method, argclinic.TypeName(self))
	}
	return b, nil
}

func noArgs(method string, args py.Tuple, kwargs py.StringDict) error {
	if err := argclinic.NoKeywords(method, kwargs); err != nil {
		return err
	}
	if len(args) != 0 {
		return py.ExceptionNewf(py.TypeError, "%s() takes no arguments (%d given)", method, len(args))
	}
	return nil
}

func init() {
	for _, c := range []struct {
		t *py.Type
		k *blake2Kind
	}{{Blake2bType, kind2b}, {Blake2sType, kind2s}} {
		t, k := c.t, c.k
		t.New = func(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return k.construct(cls, args, kwargs)
		}
		d := t.Dict
		d["__module__"] = py.String("_blake2")
		d["SALT_SIZE"], d["PERSON_SIZE"] = py.Int(k.salt), py.Int(k.pers)
		d["MAX_KEY_SIZE"], d["MAX_DIGEST_SIZE"] = py.Int(k.maxKey), py.Int(k.maxDigest)
		d["update"] = classes.NewMethodOf(k.name, "update", "Update this hash object's state with the provided bytes-like object.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			b, err := blake2Self(self, "update")
			if err != nil {
				return nil, err
			}
			a, err := argclinic.One(k.name+".update", args, kwargs)
			if err != nil {
				return nil, err
			}
			data, err := dataArg(a)
			if err != nil {
				return nil, err
			}
			b.d.Write(data)
			return py.None, nil
		})
		d["digest"] = classes.NewMethodOf(k.name, "digest", "Return the digest value as a bytes object.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			b, err := blake2Self(self, "digest")
			if err != nil {
				return nil, err
			}
			if err := noArgs(k.name+".digest", args, kwargs); err != nil {
				return nil, err
			}
			return py.Bytes(b.d.Sum(nil)), nil
		})
		d["hexdigest"] = classes.NewMethodOf(k.name, "hexdigest", "Return the digest value as a string of hexadecimal digits.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			b, err := blake2Self(self, "hexdigest")
			if err != nil {
				return nil, err
			}
			if err := noArgs(k.name+".hexdigest", args, kwargs); err != nil {
				return nil, err
			}
			return py.String(hex.EncodeToString(b.d.Sum(nil))), nil
		})
		d["copy"] = classes.NewMethodOf(k.name, "copy", "Return a copy of the hash object.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			b, err := blake2Self(self, "copy")
			if err != nil {
				return nil, err
			}
			return &Blake2{t: b.t, d: b.d.Clone()}, nil
		})
		d["name"] = &py.Property{Fget: func(o py.Object) (py.Object, error) { return py.String(k.name), nil }}
		d["digest_size"] = &py.Property{Fget: func(o py.Object) (py.Object, error) { return py.Int(o.(*Blake2).d.Size()), nil }}
		d["block_size"] = &py.Property{Fget: func(o py.Object) (py.Object, error) { return py.Int(k.block), nil }}
	}
}
