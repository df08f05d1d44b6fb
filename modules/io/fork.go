package io

import "github.com/go-python/gpython/py"

// ForkParts says how another process of this program makes an io object like o again
// (multiprocessing's 'fork' start method hands a child the files its parent has open).
// For a FileIO, fd is its descriptor and args the constructor's arguments after the
// descriptor (the child passes the descriptor it was given); for a buffered object or a
// TextIOWrapper, fd is -1 and args are all the constructor's arguments: the layer below
// and the options (what the buffers hold is not carried). closed reports an object that
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
