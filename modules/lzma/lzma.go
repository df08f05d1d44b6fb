// Package lzma provides Python's lzma module: the classes and functions are Python
// (lzma.py, embedded) over the Go module _lzma, which compresses and decompresses whole
// .xz and .lzma streams with github.com/ulikunitz/xz. Compressed bytes are not liblzma's
// (another encoder), but any xz or lzma decoder, python3's included, reads them; streams
// python3 writes decode here. A decompressor needs a stream's last byte before it gives
// the stream's data (see doc/ARCHITECTURE.md).
package lzma

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"

	"github.com/go-python/gpython/py"
	"github.com/ulikunitz/xz"
	xzlzma "github.com/ulikunitz/xz/lzma"

	"github.com/gopyrt/gopy/internal/argclinic"
	"github.com/gopyrt/gopy/internal/libsrc"
)

//go:embed lzma.py
var source string

// The format and check numbers of liblzma, as Python's lzma module has them.
const (
	formatAuto  = 0
	formatXZ    = 1
	formatAlone = 2
	formatRaw   = 3
)

var xzMagic = []byte{0xfd, '7', 'z', 'X', 'Z', 0}

// presetDict is the dictionary size of xz's presets 0 to 9.
var presetDict = [10]int{1 << 18, 1 << 20, 1 << 21, 1 << 22, 1 << 22, 1 << 23, 1 << 23, 1 << 24, 1 << 25, 1 << 26}

// compress is _lzma.compress(data, format, check, preset): one whole stream.
func compress(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 4 {
		return nil, py.ExceptionNewf(py.TypeError, "compress(data, format, check, preset)")
	}
	data, ok := argclinic.Bytes(args[0])
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", argclinic.TypeName(args[0]))
	}
	var n [3]int
	for i := range n {
		v, err := argclinic.Int(args[i+1])
		if err != nil {
			return nil, err
		}
		n[i] = v
	}
	format, check, preset := n[0], n[1], n[2]&0x1f
	if preset > 9 {
		return nil, py.ExceptionNewf(py.ValueError, "Invalid compression preset: %d", n[2])
	}
	var out bytes.Buffer
	var w io.WriteCloser
	var err error
	switch format {
	case formatXZ:
		cfg := xz.WriterConfig{DictCap: presetDict[preset], CheckSum: byte(check), NoCheckSum: check == 0}
		w, err = cfg.NewWriter(&out)
	case formatAlone:
		cfg := xzlzma.WriterConfig{DictCap: presetDict[preset], EOSMarker: true}
		w, err = cfg.NewWriter(&out)
	default:
		return nil, py.ExceptionNewf(py.ValueError, "Invalid container format: %d", format)
	}
	if err != nil {
		return nil, py.ExceptionNewf(py.ValueError, "Invalid or unsupported options")
	}
	if _, err := w.Write(data); err != nil {
		return nil, py.ExceptionNewf(py.MemoryError, "%v", err)
	}
	if err := w.Close(); err != nil {
		return nil, py.ExceptionNewf(py.MemoryError, "%v", err)
	}
	return py.Bytes(out.Bytes()), nil
}

// errIncomplete says that a stream needs more bytes.
var errIncomplete = errors.New("incomplete")

// errFormat says that the bytes are not of the format asked for.
var errFormat = errors.New("format")

// decodeXZ decodes the single .xz stream data holds entirely.
func decodeXZ(data []byte) ([]byte, error) {
	return readAll(xz.ReaderConfig{SingleStream: true}.NewReader(bytes.NewReader(data)))
}

// readAll is what a new decoder reads, or the error that made or stopped it, classified.
func readAll[R io.Reader](r R, err error) ([]byte, error) {
	if err != nil {
		return nil, classify(err)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		return nil, classify(err)
	}
	return out, nil
}

func classify(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return errIncomplete
	}
	return err
}

// firstXZ decodes the .xz stream at the start of data: its bytes and length. The stream
// ends with a footer whose last two bytes are "YZ", at a multiple of four: the first
// such end that decodes alone is the stream's.
func firstXZ(data []byte) ([]byte, int, error) {
	out, err := decodeXZ(data)
	if err == nil {
		return out, len(data), nil
	}
	if err == errIncomplete {
		return nil, 0, err
	}
	for end := 32; end < len(data); end += 4 {
		if !isFooter(data, end) {
			continue
		}
		if out, err := decodeXZ(data[:end]); err == nil {
			return out, end, nil
		}
	}
	return nil, 0, err
}

// isFooter reports whether the 12 bytes before end are a stream footer matching the
// stream's header: its CRC32 right, its flags the header's, "YZ" last.
func isFooter(data []byte, end int) bool {
	f := data[end-12 : end]
	return f[10] == 'Y' && f[11] == 'Z' && f[8] == data[6] && f[9] == data[7] &&
		binary.LittleEndian.Uint32(f[0:4]) == crc32.ChecksumIEEE(f[4:10])
}

// decode is _lzma.decode(data, format): (bytes, consumed, format) of the first stream of
// data, None if it needs more bytes; LZMAError's message for bytes that cannot be one.
func decode(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "decode(data, format)")
	}
	data, ok := argclinic.Bytes(args[0])
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", argclinic.TypeName(args[0]))
	}
	format, err := argclinic.Int(args[1])
	if err != nil {
		return nil, err
	}
	picky := false
	if format == formatAuto {
		if len(data) < len(xzMagic) && bytes.HasPrefix(xzMagic, data) {
			return py.None, nil
		}
		format, picky = formatAlone, true
		if bytes.HasPrefix(data, xzMagic) {
			format = formatXZ
		}
	}
	var out []byte
	var used int
	switch format {
	case formatXZ:
		if len(data) >= len(xzMagic) && !bytes.HasPrefix(data, xzMagic) {
			return py.String("Input format not supported by decoder"), nil
		}
		out, used, err = firstXZ(data)
	case formatAlone:
		out, err = decodeAlone(data, picky)
		used = len(data)
	default:
		return nil, py.ExceptionNewf(py.ValueError, "Invalid container format: %d", format)
	}
	switch {
	case err == errIncomplete:
		return py.None, nil
	case err == errFormat:
		return py.String("Input format not supported by decoder"), nil
	case err != nil:
		return py.String("Corrupt input data"), nil
	}
	return py.Tuple{py.Bytes(out), py.Int(used), py.Int(format)}, nil
}

// decodeAlone decodes a .lzma stream (with an end marker or a size in its header). When
// the format was guessed (picky), the header must look as liblzma's guess wants it: a
// dictionary size of 2^n or 2^n+2^(n-1) (or unset) and a plausible size.
func decodeAlone(data []byte, picky bool) ([]byte, error) {
	if len(data) > 0 && data[0] > 9*5*5-1 {
		return nil, errFormat
	}
	if len(data) < 13 {
		return nil, errIncomplete
	}
	if picky {
		dict := binary.LittleEndian.Uint32(data[1:5])
		d := dict - 1
		d |= d >> 2
		d |= d >> 3
		d |= d >> 4
		d |= d >> 8
		d |= d >> 16
		size := binary.LittleEndian.Uint64(data[5:13])
		if (dict != 0xffffffff && d+1 != dict) || (size != ^uint64(0) && size >= 1<<38) {
			return nil, errFormat
		}
	}
	// The decoder allocates the whole dictionary the header names (up to 4 GiB) at once,
	// while it only ever needs as much as the output so far: a dictionary of 8 MiB is
	// tried first, then one of at most 64 MiB when matches reach further back.
	dict := binary.LittleEndian.Uint32(data[1:5])
	out, err := decodeAloneWith(data, min(dict, 1<<23))
	if err != nil && err != errIncomplete && dict > 1<<23 {
		out, err = decodeAloneWith(data, min(dict, 1<<26))
	}
	return out, err
}

func decodeAloneWith(data []byte, dict uint32) ([]byte, error) {
	header := bytes.Clone(data[:13])
	binary.LittleEndian.PutUint32(header[1:5], dict)
	return readAll(xzlzma.NewReader(io.MultiReader(bytes.NewReader(header), bytes.NewReader(data[13:]))))
}

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_lzma", Doc: "Whole .xz and .lzma streams for lzma."},
		Methods: []*py.Method{
			py.MustNewMethod("compress", compress, 0, "compress(data, format, check, preset) -> bytes"),
			py.MustNewMethod("decode", decode, 0, "decode(data, format) -> (bytes, consumed, format), None or an error message"),
		},
	})
	libsrc.Module("lzma", "Interface to the liblzma compression library.", source)
}
