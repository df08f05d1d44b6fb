package pystruct

import "github.com/go-python/gpython/py"

// PackInto packs values with format into buf from offset on, as struct.pack_into does (a
// negative offset counts from the end of buf), with struct's errors (struct.error).
func PackInto(format string, buf []byte, offset int, values ...py.Object) error {
	l, err := parse(format)
	if err != nil {
		return err
	}
	if len(values) != l.nargs {
		return errorf("pack_into expected %d items for packing (got %d)", l.nargs, len(values))
	}
	off, err := offsetArg(py.Int(offset), len(buf), "pack_into")
	if err != nil {
		return err
	}
	return l.packAt(buf, off, values)
}

// UnpackFrom unpacks the values format describes from buf at offset, as struct.unpack_from
// does, with struct's errors.
func UnpackFrom(format string, buf []byte, offset int) (py.Tuple, error) {
	l, err := parse(format)
	if err != nil {
		return nil, err
	}
	off, err := offsetArg(py.Int(offset), len(buf), "unpack_from")
	if err != nil {
		return nil, err
	}
	return l.unpackAt(buf, off)
}

// packAt packs values into buf at off (already made non-negative) as CPython's pack_into
// does: the region is zeroed first, then the items are written in order, so an item that
// fails leaves zeros and the items before it (a ShareableList shows it).
func (l *layout) packAt(buf []byte, off int, values []py.Object) error {
	if len(buf)-off < l.size {
		return errorf("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)", l.size+off, l.size, off, len(buf))
	}
	region := buf[off : off+l.size]
	clear(region)
	return l.packInto(region, values)
}

// unpackAt unpacks from buf at off (already made non-negative).
func (l *layout) unpackAt(buf []byte, off int) (py.Tuple, error) {
	if len(buf)-off < l.size {
		return nil, errorf("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)", l.size+off, l.size, off, len(buf))
	}
	return l.unpack(buf[off : off+l.size]), nil
}
