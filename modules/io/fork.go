package io

import "github.com/go-python/gpython/py"

// ForkParts says how another process of this program makes an io object like o again
// (multiprocessing's 'fork' start method hands a child the files its parent has open).
// For a FileIO, fd is its descriptor and args the constructor's arguments after the
// descriptor (the child passes the descriptor it was given); for a buffered object or a
// TextIOWrapper, fd is -1 and args are all the constructor's arguments: the layer below
// and the options (what the read buffers hold is ForkReadState's). closed reports an object that
// is closed or detached, which has nothing to rebuild. ok is false for other objects.
func ForkParts(o py.Object) (fd int, args py.Tuple, closed bool, ok bool) {
	switch x := o.(type) {
	case *FileIO:
		if x.core.fd < 0 {
			return -1, nil, true, true
		}
		return x.core.fd, py.Tuple{py.String(x.modeString()), py.True}, false, true
	case *Buffered:
		if !x.ready || x.detached || x.raw == nil {
			return -1, nil, true, true
		}
		if c, err := py.GetAttrString(x.raw, "closed"); err != nil || c == py.True {
			return -1, nil, true, true
		}
		return -1, py.Tuple{x.raw, py.Int(x.size)}, false, true
	case *TextIO:
		if !x.ready || x.detached || x.buffer == nil {
			return -1, nil, true, true
		}
		if c, err := py.GetAttrString(x.buffer, "closed"); err != nil || c == py.True {
			return -1, nil, true, true
		}
		return -1, py.Tuple{x.buffer, py.String(x.encoding), py.String(x.errors), x.newline,
			py.NewBool(x.lineBuffering), py.NewBool(x.writeThrough)}, false, true
	}
	return -1, nil, false, false
}

// ForkReadState is what o's read side holds that a forked child would have in its copy of
// the object, so that the child reads on from where the parent's Python code stopped
// rather than from the descriptor's offset (where the read-ahead stopped): a buffered
// reader's unread bytes and its idea of the raw position; a TextIOWrapper's decoded text
// with the position in it, its decoder's state and what tell() needs. Bytes waiting to be
// written are not carried (the parent writes them; a real fork would write them twice).
// It is None for anything else, or when nothing is held.
func ForkReadState(o py.Object) py.Object {
	switch x := o.(type) {
	case *Buffered:
		if !x.ready || x.detached || x.rpos >= len(x.rbuf) {
			return py.None
		}
		return py.Tuple{py.String("buffered"), py.Bytes(append([]byte(nil), x.rbuf[x.rpos:]...)), py.Int(x.rawPos)}
	case *TextIO:
		if !x.ready || x.detached || x.dec == nil {
			return py.None
		}
		var pending []byte
		var flags, seen int
		if x.nl != nil && x.nl.inner != nil {
			pending, flags = x.nl.state()
			seen = x.nl.seen
		} else {
			pending, flags = x.dec.state()
		}
		var snap py.Object = py.None
		if x.snapshot != nil {
			snap = py.Tuple{py.Int(x.snapshot.flags), py.Bytes(append([]byte(nil), x.snapshot.input...))}
		}
		if x.used >= len(x.decoded) && len(pending) == 0 && flags == 0 && snap == py.None && seen == 0 {
			return py.None
		}
		return py.Tuple{py.String("text"), py.String(x.decoded), py.Int(x.used), py.Bytes(pending), py.Int(flags),
			py.Int(seen), snap, py.Float(x.b2c), py.NewBool(x.telling), py.NewBool(x.hasRead1)}
	}
	return py.None
}

// SetForkReadState gives o, made again in the child from ForkParts, the state
// ForkReadState took from its parent's.
func SetForkReadState(o py.Object, state py.Object) error {
	t, ok := state.(py.Tuple)
	if !ok || len(t) == 0 {
		return nil
	}
	bad := py.ExceptionNewf(py.TypeError, "bad read state for %s", o.Type().Name)
	switch x := o.(type) {
	case *Buffered:
		if len(t) != 3 || t[0] != py.String("buffered") {
			return bad
		}
		data, ok1 := t[1].(py.Bytes)
		pos, ok2 := t[2].(py.Int)
		if !ok1 || !ok2 {
			return bad
		}
		x.rbuf, x.rpos, x.rawPos = append([]byte(nil), data...), 0, int64(pos)
		return nil
	case *TextIO:
		if len(t) != 10 || t[0] != py.String("text") || x.dec == nil {
			return bad
		}
		decoded, ok1 := t[1].(py.String)
		used, ok2 := t[2].(py.Int)
		pending, ok3 := t[3].(py.Bytes)
		flags, ok4 := t[4].(py.Int)
		seen, ok5 := t[5].(py.Int)
		b2c, ok6 := t[7].(py.Float)
		if !ok1 || !ok2 || !ok3 || !ok4 || !ok5 || !ok6 || int(used) < 0 || int(used) > len(decoded) {
			return bad
		}
		x.decoded, x.used, x.b2c = string(decoded), int(used), float64(b2c)
		x.telling, x.hasRead1 = t[8] == py.True, t[9] == py.True
		if x.nl != nil && x.nl.inner != nil {
			x.nl.setState(pending, int(flags))
			x.nl.seen = int(seen)
		} else {
			x.dec.setState(pending, int(flags))
		}
		x.snapshot = nil
		if snap, ok := t[6].(py.Tuple); ok && len(snap) == 2 {
			f, ok1 := snap[0].(py.Int)
			in, ok2 := snap[1].(py.Bytes)
			if !ok1 || !ok2 {
				return bad
			}
			x.snapshot = &snapshot{flags: int(f), input: append([]byte(nil), in...)}
		}
		return nil
	}
	return bad
}
