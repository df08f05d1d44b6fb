package zlib

import (
	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/argclinic"
	"github.com/gopyrt/gopy/internal/classes"
)

// CompressType and DecompressType are zlib.Compress and zlib.Decompress.
var (
	CompressType   = py.NewType("Compress", "")
	DecompressType = py.NewType("Decompress", "")
)

// Compress is a zlib.Compress object.
type Compress struct{ c *compressor }

// Type returns zlib.Compress.
func (c *Compress) Type() *py.Type { return CompressType }

// M__repr__ is "<zlib.Compress object at 0x...>".
func (c *Compress) M__repr__() (py.Object, error) { return reprAt("Compress", c), nil }

// Decompress is a zlib.Decompress object.
type Decompress struct {
	d      *decompressor
	unused []byte
	tail   []byte
	eof    bool
}

// Type returns zlib.Decompress.
func (d *Decompress) Type() *py.Type { return DecompressType }

// M__repr__ is "<zlib.Decompress object at 0x...>".
func (d *Decompress) M__repr__() (py.Object, error) { return reprAt("Decompress", d), nil }

func newCompressObject(a []py.Object) (py.Object, error) {
	v := []int{-1, 8, 15, 8, 0}
	for i := range v {
		if a[i] != nil {
			n, err := argclinic.Int(a[i])
			if err != nil {
				return nil, err
			}
			v[i] = n
		}
	}
	level, method, wbits, memLevel, strategy := v[0], v[1], v[2], v[3], v[4]
	var dict []byte
	if a[5] != nil && a[5] != py.None {
		b, err := argclinic.NeedBytes(a[5])
		if err != nil {
			return nil, err
		}
		dict = append([]byte{}, b...)
	}
	if level < -1 || level > 9 || method != 8 || memLevel < 1 || memLevel > 9 || strategy < 0 || strategy > 4 {
		return nil, errInit
	}
	c, err := newCompressor(level, wbits, strategy, dict)
	if err != nil {
		return nil, err
	}
	return &Compress{c: c}, nil
}

func newDecompressObject(a []py.Object) (py.Object, error) {
	wbits, err := intArg(a[0], 15)
	if err != nil {
		return nil, err
	}
	var dict []byte
	if a[1] != nil {
		b, ok := argclinic.Bytes(a[1])
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "zdict argument must support the buffer protocol")
		}
		dict = append([]byte{}, b...)
	}
	d, ok := newDecompressor(wbits, dict)
	if !ok {
		return nil, errInit
	}
	return &Decompress{d: d}, nil
}

func compressSelf(o py.Object) *Compress     { return o.(*Compress) }
func decompressSelf(o py.Object) *Decompress { return o.(*Decompress) }

func noArgMethod(owner, name, doc string, f func(self py.Object) (py.Object, error)) *py.Method {
	return classes.NewMethodOf(owner, name, doc, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := argclinic.NoKeywords(name, kwargs); err != nil {
			return nil, err
		}
		if len(args) > 1 || (len(args) == 1 && name != "__deepcopy__") {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes no arguments (%d given)", name, len(args))
		}
		return f(self)
	})
}

func init() {
	d := CompressType.Dict
	d["__module__"] = py.String("zlib")
	d["compress"] = classes.NewMethodOf("Compress", "compress", "Returns a bytes object containing compressed data.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := argclinic.One("compress", args, kwargs)
		if err != nil {
			return nil, err
		}
		data, err := argclinic.NeedBytes(a)
		if err != nil {
			return nil, err
		}
		out, err := compressSelf(self).c.compress(data)
		if err != nil {
			return nil, err
		}
		return py.Bytes(out), nil
	})
	d["flush"] = classes.NewMethodOf("Compress", "flush", "Return a bytes object containing any remaining compressed data.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := argclinic.Exact("flush", "flush", args, kwargs, 0, 1); err != nil {
			return nil, err
		}
		mode := zFinish
		if len(args) == 1 {
			var err error
			if mode, err = argclinic.Int(args[0]); err != nil {
				return nil, err
			}
		}
		out, err := compressSelf(self).c.flush(mode)
		if err != nil {
			return nil, err
		}
		return py.Bytes(out), nil
	})
	compressCopy := func(self py.Object) (py.Object, error) {
		c, err := compressSelf(self).c.clone()
		if err != nil {
			return nil, err
		}
		return &Compress{c: c}, nil
	}
	d["copy"] = noArgMethod("Compress", "copy", "Return a copy of the compression object.", compressCopy)
	d["__copy__"] = noArgMethod("Compress", "__copy__", "", compressCopy)
	d["__deepcopy__"] = noArgMethod("Compress", "__deepcopy__", "", compressCopy)

	d = DecompressType.Dict
	d["__module__"] = py.String("zlib")
	d["decompress"] = classes.NewMethodOf("Decompress", "decompress", "Return a bytes object containing the decompressed version of the data.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := argclinic.Parse("decompress", args, kwargs, []string{"data", "max_length"}, 1, 2, 1)
		if err != nil {
			return nil, err
		}
		data, err := argclinic.NeedBytes(a[0])
		if err != nil {
			return nil, err
		}
		limit, err := intArg(a[1], 0)
		if err != nil {
			return nil, err
		}
		if limit < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "max_length must be non-negative")
		}
		if limit == 0 {
			limit = -1
		}
		return decompressSelf(self).run(data, limit, "while decompressing data")
	})
	d["flush"] = classes.NewMethodOf("Decompress", "flush", "Return a bytes object containing any remaining decompressed data.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := argclinic.Exact("flush", "flush", args, kwargs, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 1 {
			n, err := argclinic.Int(args[0])
			if err != nil {
				return nil, err
			}
			if n <= 0 {
				return nil, py.ExceptionNewf(py.ValueError, "length must be greater than zero")
			}
		}
		dd := decompressSelf(self)
		tail := dd.tail
		dd.tail = nil
		return dd.run(tail, -1, "while flushing")
	})
	decompressCopy := func(self py.Object) (py.Object, error) {
		dd := decompressSelf(self)
		return &Decompress{d: dd.d.clone(), unused: dd.unused, tail: dd.tail, eof: dd.eof}, nil
	}
	d["copy"] = noArgMethod("Decompress", "copy", "Return a copy of the decompression object.", decompressCopy)
	d["__copy__"] = noArgMethod("Decompress", "__copy__", "", decompressCopy)
	d["__deepcopy__"] = noArgMethod("Decompress", "__deepcopy__", "", decompressCopy)
	d["unused_data"] = &py.Property{Fget: func(o py.Object) (py.Object, error) { return py.Bytes(decompressSelf(o).unused), nil }}
	d["unconsumed_tail"] = &py.Property{Fget: func(o py.Object) (py.Object, error) { return py.Bytes(decompressSelf(o).tail), nil }}
	d["eof"] = &py.Property{Fget: func(o py.Object) (py.Object, error) { return py.NewBool(decompressSelf(o).eof), nil }}
	for _, t := range []*py.Type{CompressType, DecompressType} {
		name := t.Name
		t.New = func(*py.Type, py.Tuple, py.StringDict) (py.Object, error) {
			return nil, py.ExceptionNewf(py.TypeError, "cannot create 'zlib.%s' instances", name)
		}
	}
}

// run decodes data (with max output limit, -1 for none) and updates the attributes.
func (d *Decompress) run(data []byte, limit int, while string) (py.Object, error) {
	out, atLimit, err := d.d.run(data, limit)
	if err != nil {
		if _, ok := err.(zdictError); ok {
			return nil, zlibError(-3, "while setting zdict", "invalid input data")
		}
		return nil, decompressError(err, while)
	}
	switch {
	case d.d.phase == phDone:
		d.eof = true
		rest := d.d.rest()
		d.unused = append(append([]byte{}, d.unused...), rest...)
		// CPython's save_unconsumed_input: a tail left by the previous call becomes the
		// input after the end of the stream (zlib does not advance next_in there).
		if len(d.tail) > 0 {
			d.tail = rest
		} else {
			d.tail = nil
		}
	case atLimit:
		d.tail = d.d.unconsumed()
	default:
		d.tail = nil
	}
	if out == nil {
		out = []byte{}
	}
	return py.Bytes(out), nil
}
