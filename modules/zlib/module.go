// Package zlib is Python's zlib module in Go: compression with Go's compress/flate inside
// zlib's own headers and trailers (the compressed bytes differ from CPython's zlib, the
// data they decode to does not; every level, wbits format and dictionary is accepted),
// and decompression by package inflate, which follows zlib's inflate: resumable at any
// byte, with its errors, its end-of-stream and unused-data rules.
package zlib

import (
	"fmt"
	"hash/crc32"

	"github.com/go-python/gpython/py"

	"github.com/gopyrt/gopy/internal/argclinic"
	"github.com/gopyrt/gopy/internal/classes"
)

// Error is zlib.error.
var Error = classes.NewExceptionType("error", "zlib", "", py.ExceptionType)

var errInit = py.ExceptionNewf(py.ValueError, "Invalid initialization option")

// zlibError is CPython's "Error %d while %s: %s".
func zlibError(code int, while, msg string) error {
	if msg == "" {
		return py.ExceptionNewf(Error, "Error %d %s", code, while)
	}
	return py.ExceptionNewf(Error, "Error %d %s: %s", code, while, msg)
}

// decompressError maps an error of run to CPython's zlib.error.
func decompressError(err error, while string) error {
	switch e := err.(type) {
	case dataError:
		return zlibError(-3, while, e.msg)
	case needDictError:
		return zlibError(2, while, "")
	}
	return err
}

func intArg(o py.Object, def int) (int, error) {
	if o == nil {
		return def, nil
	}
	return argclinic.Int(o)
}

func method(name string, names []string, npos, maxpos, required int, doc string, f func(a []py.Object) (py.Object, error)) *py.Method {
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := argclinic.Unpack("zlib", name, args, kwargs, names, npos, maxpos, required)
		if err != nil {
			return nil, err
		}
		return f(a)
	}, 0, doc)
}

func compress(a []py.Object) (py.Object, error) {
	data, err := argclinic.NeedBytes(a[0])
	if err != nil {
		return nil, err
	}
	level, err := intArg(a[1], -1)
	if err != nil {
		return nil, err
	}
	wbits, err := intArg(a[2], 15)
	if err != nil {
		return nil, err
	}
	if level < -1 || level > 9 {
		return nil, py.ExceptionNewf(Error, "Bad compression level")
	}
	c, err := newCompressor(level, wbits, 0, nil)
	if err != nil {
		return nil, py.ExceptionNewf(Error, "Bad compression level")
	}
	out, _ := c.compress(data)
	tail, _ := c.flush(zFinish)
	return py.Bytes(append(out, tail...)), nil
}

func decompress(a []py.Object) (py.Object, error) {
	data, err := argclinic.NeedBytes(a[0])
	if err != nil {
		return nil, err
	}
	wbits, err := intArg(a[1], 15)
	if err != nil {
		return nil, err
	}
	bufsize, err := intArg(a[2], 16384)
	if err != nil {
		return nil, err
	}
	if bufsize < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "bufsize must be non-negative")
	}
	d, ok := newDecompressor(wbits, nil)
	if !ok {
		return nil, zlibError(-2, "while preparing to decompress data", "inconsistent stream state")
	}
	out, _, err := d.run(data, -1)
	if err != nil {
		return nil, decompressError(err, "while decompressing data")
	}
	if d.phase != phDone {
		return nil, zlibError(-5, "while decompressing data", "incomplete or truncated stream")
	}
	return py.Bytes(out), nil
}

func checksum(name string, initial uint32, f func(uint32, []byte) uint32) func(a []py.Object) (py.Object, error) {
	return func(a []py.Object) (py.Object, error) {
		data, err := argclinic.NeedBytes(a[0])
		if err != nil {
			return nil, err
		}
		v := initial
		if a[1] != nil {
			if v, err = argclinic.Uint32(a[1]); err != nil {
				return nil, err
			}
		}
		return py.Int(f(v, data)), nil
	}
}

func init() {
	methods := []*py.Method{
		method("compress", []string{"data", "level", "wbits"}, 1, 3, 1, "compress($module, data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS)\n--\n\nReturns a bytes object containing compressed data.", compress),
		method("decompress", []string{"data", "wbits", "bufsize"}, 1, 3, 1, "decompress($module, data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE)\n--\n\nReturns a bytes object containing the uncompressed data.", decompress),
		method("compressobj", []string{"level", "method", "wbits", "memLevel", "strategy", "zdict"}, 0, 6, 0, "compressobj($module, /, level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None)\n--\n\nReturn a compressor object.", newCompressObject),
		method("decompressobj", []string{"wbits", "zdict"}, 0, 2, 0, "decompressobj($module, /, wbits=MAX_WBITS, zdict=b'')\n--\n\nReturn a decompressor object.", newDecompressObject),
		method("crc32", []string{"data", "value"}, 2, 2, 1, "crc32($module, data, value=0, /)\n--\n\nCompute a CRC-32 checksum of data.", checksum("crc32", 0, func(v uint32, b []byte) uint32 { return crc32.Update(v, crc32.IEEETable, b) })),
		method("adler32", []string{"data", "value"}, 2, 2, 1, "adler32($module, data, value=1, /)\n--\n\nCompute an Adler-32 checksum of data.", checksum("adler32", 1, adler32Update)),
	}
	consts := map[string]int{"MAX_WBITS": 15, "DEFLATED": 8, "DEF_MEM_LEVEL": 8, "DEF_BUF_SIZE": 16384,
		"Z_NO_COMPRESSION": 0, "Z_BEST_SPEED": 1, "Z_BEST_COMPRESSION": 9, "Z_DEFAULT_COMPRESSION": -1,
		"Z_FILTERED": zFiltered, "Z_HUFFMAN_ONLY": zHuffmanOnly, "Z_RLE": zRLE, "Z_FIXED": zFixed, "Z_DEFAULT_STRATEGY": 0,
		"Z_NO_FLUSH": zNoFlush, "Z_PARTIAL_FLUSH": zPartialFlush, "Z_SYNC_FLUSH": zSyncFlush, "Z_FULL_FLUSH": zFullFlush,
		"Z_FINISH": zFinish, "Z_BLOCK": zBlock, "Z_TREES": zTrees}
	globals := py.StringDict{"error": Error, "ZLIB_VERSION": py.String("1.2.13"), "ZLIB_RUNTIME_VERSION": py.String("1.2.13"),
		"Compress": CompressType, "Decompress": DecompressType}
	for k, v := range consts {
		globals[k] = py.Int(v)
	}
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "zlib", Doc: "The functions in this module allow compression and decompression using the\nzlib library, which is based on GNU zip."},
		Methods: methods,
		Globals: globals,
	})
}

func reprAt(kind string, o py.Object) py.Object {
	return py.String(fmt.Sprintf("<zlib.%s object at %#x>", kind, int64(classes.ID(o))))
}
