// Package inflate is a DEFLATE (RFC 1951) decoder that can be fed its input in pieces
// and resumed at any byte, as zlib's inflate is, for Python's zlib.decompressobj: Go's
// compress/flate reads from an io.Reader and cannot stop at the end of the input it has
// been given so far and go on later. Its errors are zlib's, found in zlib's order, so
// Python's zlib.error messages are CPython's.
package inflate

import "errors"

// Errors, worded as zlib's strm->msg.
var (
	ErrBlockType      = errors.New("invalid block type")
	ErrStoredLengths  = errors.New("invalid stored block lengths")
	ErrTooManySymbols = errors.New("too many length or distance symbols")
	ErrCodeLengths    = errors.New("invalid code lengths set")
	ErrRepeat         = errors.New("invalid bit length repeat")
	ErrMissingEOB     = errors.New("invalid code -- missing end-of-block")
	ErrLitLenSet      = errors.New("invalid literal/lengths set")
	ErrDistSet        = errors.New("invalid distances set")
	ErrLitLenCode     = errors.New("invalid literal/length code")
	ErrDistCode       = errors.New("invalid distance code")
	ErrDistTooFar     = errors.New("invalid distance too far back")
)

const (
	stateHeader = iota // at a block header
	stateStored        // copying a stored block
	stateCodes         // decoding a Huffman-coded block
	stateDone          // after the final block
)

// Inflater decodes one DEFLATE stream.
type Inflater struct {
	in     []byte // input not yet taken into bits
	bits   uint64 // bits taken from in, not yet used (low bits first)
	nbits  uint
	state  int
	final  bool
	stored int // bytes left in a stored block
	lit    huffman
	dist   huffman
	window []byte // the last 32 KiB of output (and a preset dictionary)
	err    error
	out    []byte // output produced but not yet returned
	// A length/distance pair whose copy was cut short by the output limit.
	copyLen, copyDist int
}

// maxWindow is DEFLATE's largest distance.
const maxWindow = 32768

// New returns an Inflater; dict, when given, is the preset dictionary (its tail is the
// history the first distances can reach).
func New(dict []byte) *Inflater {
	f := &Inflater{}
	f.SetDictionary(dict)
	return f
}

// SetDictionary sets the history before the first output byte.
func (f *Inflater) SetDictionary(dict []byte) {
	if len(dict) > maxWindow {
		dict = dict[len(dict)-maxWindow:]
	}
	f.window = append(f.window[:0], dict...)
}

// Clone returns an independent copy of the decoder's state.
func (f *Inflater) Clone() *Inflater {
	c := *f
	c.in = append([]byte(nil), f.in...)
	c.window = append([]byte(nil), f.window...)
	c.out = append([]byte(nil), f.out...)
	c.lit = f.lit.clone()
	c.dist = f.dist.clone()
	return &c
}

// Done reports whether the final block has ended.
func (f *Inflater) Done() bool { return f.state == stateDone }

// Err is the data error that stopped decoding, if any.
func (f *Inflater) Err() error { return f.err }

// Feed appends input.
func (f *Inflater) Feed(p []byte) { f.in = append(f.in, p...) }

// Unconsumed returns the input not used: after the end of the stream, what follows it
// (whole bytes given back from the bit buffer first).
func (f *Inflater) Unconsumed() []byte {
	n := f.nbits / 8
	out := make([]byte, 0, int(n)+len(f.in))
	for i := uint(0); i < n; i++ {
		out = append(out, byte(f.bits>>(f.nbits%8+8*i)))
	}
	return append(out, f.in...)
}

// TakeUnconsumed returns Unconsumed and forgets it.
func (f *Inflater) TakeUnconsumed() []byte {
	u := f.Unconsumed()
	f.in, f.bits, f.nbits = nil, f.bits&(1<<(f.nbits%8)-1), f.nbits%8
	return u
}

// checkpoint is the bit reader's position, restored when a unit of the stream is not
// complete in the input yet.
type checkpoint struct {
	in    []byte
	bits  uint64
	nbits uint
}

func (f *Inflater) save() checkpoint     { return checkpoint{f.in, f.bits, f.nbits} }
func (f *Inflater) restore(c checkpoint) { f.in, f.bits, f.nbits = c.in, c.bits, c.nbits }
func (f *Inflater) fill(n uint) bool {
	for f.nbits < n {
		if len(f.in) == 0 {
			return false
		}
		f.bits |= uint64(f.in[0]) << f.nbits
		f.in = f.in[1:]
		f.nbits += 8
	}
	return true
}

// take returns the next n bits (n <= 32); ok is false when the input ends first.
func (f *Inflater) take(n uint) (uint32, bool) {
	if !f.fill(n) {
		return 0, false
	}
	v := uint32(f.bits & (1<<n - 1))
	f.bits >>= n
	f.nbits -= n
	return v, true
}

// Inflate decodes what the input allows, appending at most limit bytes (limit < 0: no
// limit) to dst. It stops at the end of the stream, at the limit, when the input runs
// out (more is needed), or at a data error (Err).
func (f *Inflater) Inflate(dst []byte, limit int) []byte {
	f.out = dst
	for f.err == nil && f.state != stateDone {
		if limit >= 0 && len(f.out)-len(dst) >= limit {
			break
		}
		room := -1
		if limit >= 0 {
			room = limit - (len(f.out) - len(dst))
		}
		if !f.step(room) {
			break
		}
	}
	out := f.out
	f.out = nil
	return out
}

// emit appends b to the output and the window.
func (f *Inflater) emit(b ...byte) {
	f.out = append(f.out, b...)
	f.window = append(f.window, b...)
	if len(f.window) >= 2*maxWindow {
		f.window = append(f.window[:0], f.window[len(f.window)-maxWindow:]...)
	}
}

// step decodes one unit (a block header, part of a stored block, a symbol); it is false
// when the input does not hold the whole unit (nothing is consumed then).
func (f *Inflater) step(room int) bool {
	switch f.state {
	case stateHeader:
		return f.header()
	case stateStored:
		n := f.stored
		if room >= 0 && room < n {
			n = room
		}
		if n > len(f.in) {
			n = len(f.in)
		}
		if n == 0 && f.stored > 0 {
			return false
		}
		f.emit(f.in[:n]...)
		f.in = f.in[n:]
		f.stored -= n
		if f.stored == 0 {
			f.endBlock()
		}
		return true
	}
	return f.symbol(room)
}

func (f *Inflater) endBlock() {
	if f.final {
		f.state = stateDone
		f.bits >>= f.nbits % 8 // the rest of the last byte
		f.nbits -= f.nbits % 8
	} else {
		f.state = stateHeader
	}
}

func (f *Inflater) header() bool {
	c := f.save()
	h, ok := f.take(3)
	if !ok {
		f.restore(c)
		return false
	}
	final, kind := h&1 == 1, h>>1
	switch kind {
	case 0:
		f.bits >>= f.nbits % 8
		f.nbits -= f.nbits % 8
		v, ok := f.take(32)
		if !ok {
			f.restore(c)
			return false
		}
		if v&0xffff != ^(v>>16)&0xffff {
			f.err = ErrStoredLengths
			return false
		}
		f.final, f.stored, f.state = final, int(v&0xffff), stateStored
		if f.stored == 0 {
			f.endBlock()
		}
		return true
	case 1:
		f.lit, f.dist = fixedCodes()
	case 2:
		ok, err := f.dynamic()
		if err != nil {
			f.err = err
			return false
		}
		if !ok {
			f.restore(c)
			return false
		}
	default:
		f.err = ErrBlockType
		return false
	}
	f.final, f.state = final, stateCodes
	return true
}

var clOrder = [19]int{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}

// dynamic reads a dynamic block's code tables; ok is false when the input ends first.
func (f *Inflater) dynamic() (ok bool, err error) {
	v, ok := f.take(14)
	if !ok {
		return false, nil
	}
	nlen, ndist, ncode := int(v&31)+257, int(v>>5&31)+1, int(v>>10&15)+4
	if nlen > 286 || ndist > 30 {
		return false, ErrTooManySymbols
	}
	var lens [320]uint8
	for i := 0; i < ncode; i++ {
		l, ok := f.take(3)
		if !ok {
			return false, nil
		}
		lens[clOrder[i]] = uint8(l)
	}
	var cl huffman
	if !cl.build(lens[:19], true) {
		return false, ErrCodeLengths
	}
	for i := 0; i < nlen+ndist; {
		sym, ok, err := f.decode(&cl)
		if err != nil {
			return false, ErrCodeLengths
		}
		if !ok {
			return false, nil
		}
		if sym < 16 {
			lens[i] = uint8(sym)
			i++
			continue
		}
		var rep int
		var val uint8
		switch sym {
		case 16:
			if i == 0 {
				return false, ErrRepeat
			}
			x, ok := f.take(2)
			if !ok {
				return false, nil
			}
			val, rep = lens[i-1], 3+int(x)
		case 17:
			x, ok := f.take(3)
			if !ok {
				return false, nil
			}
			rep = 3 + int(x)
		default:
			x, ok := f.take(7)
			if !ok {
				return false, nil
			}
			rep = 11 + int(x)
		}
		if i+rep > nlen+ndist {
			return false, ErrRepeat
		}
		for ; rep > 0; rep-- {
			lens[i] = val
			i++
		}
	}
	if lens[256] == 0 {
		return false, ErrMissingEOB
	}
	var lit, dist huffman
	if !lit.build(lens[:nlen], false) {
		return false, ErrLitLenSet
	}
	if !dist.build(lens[nlen:nlen+ndist], false) {
		return false, ErrDistSet
	}
	f.lit, f.dist = lit, dist
	return true, nil
}

var (
	lengthBase  = [29]uint16{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
	lengthExtra = [29]uint8{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
	distBase    = [30]uint16{1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577}
	distExtra   = [30]uint8{0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13}
)

// symbol decodes one literal, end of block, or length and distance.
func (f *Inflater) symbol(room int) bool {
	if f.copyLen > 0 {
		f.copy(room)
		return true
	}
	c := f.save()
	sym, ok, err := f.decode(&f.lit)
	if err != nil || sym > 285 {
		f.err = ErrLitLenCode
		return false
	}
	if !ok {
		f.restore(c)
		return false
	}
	switch {
	case sym < 256:
		f.emit(byte(sym))
		return true
	case sym == 256:
		f.endBlock()
		return true
	}
	sym -= 257
	x, ok := f.take(uint(lengthExtra[sym]))
	if !ok {
		f.restore(c)
		return false
	}
	length := int(lengthBase[sym]) + int(x)
	d, ok, err := f.decode(&f.dist)
	if err != nil || d > 29 {
		f.err = ErrDistCode
		return false
	}
	if !ok {
		f.restore(c)
		return false
	}
	x, ok = f.take(uint(distExtra[d]))
	if !ok {
		f.restore(c)
		return false
	}
	dist := int(distBase[d]) + int(x)
	if dist > len(f.window) {
		f.err = ErrDistTooFar
		return false
	}
	f.copyLen, f.copyDist = length, dist
	f.copy(room)
	return true
}

// copy copies the pending match, up to room bytes of output.
func (f *Inflater) copy(room int) {
	n := f.copyLen
	if room >= 0 && room < n {
		n = room
	}
	for i := 0; i < n; i++ {
		f.emit(f.window[len(f.window)-f.copyDist])
	}
	f.copyLen -= n
}
