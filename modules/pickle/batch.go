package pickle

import (
	"github.com/go-python/gpython/py"
)

// Batching of list, dict and set items, as CPython's batch_list, batch_list_exact,
// batch_dict and batch_dict_exact.

// batchListExact writes the items of an exact list as CPython's batch_list_exact: APPEND
// for a single item, else MARK ... APPENDS batches of up to batchSize items.
func (p *Pickler) batchListExact(l *py.List) error {
	if len(l.Items) == 1 {
		if err := p.save(l.Items[0], false); err != nil {
			return err
		}
		p.write(opAppend)
		return nil
	}
	total := 0
	for {
		p.write(opMark)
		n := 0
		for total < len(l.Items) {
			if err := p.save(l.Items[total], false); err != nil {
				return err
			}
			total++
			n++
			if n == batchSize {
				break
			}
		}
		p.write(opAppends)
		if total >= len(l.Items) {
			return nil
		}
	}
}

// batchExact writes the n items produced by saveItem in MARK ... op batches the way CPython
// writes exact dicts and sets: a batch that ends exactly at batchSize is followed by one
// more, possibly empty, batch.
func (p *Pickler) batchExact(n int, op byte, saveItem func(i int) error) error {
	i := 0
	for {
		p.write(opMark)
		k := 0
		for i < n {
			if err := saveItem(i); err != nil {
				return err
			}
			i++
			k++
			if k == batchSize {
				break
			}
		}
		p.write(op)
		if k != batchSize {
			return nil
		}
	}
}

// batchAppends writes the items of a list: APPEND one by one for protocol 0, otherwise
// MARK ... APPENDS in batches of batchSize (a batch of one uses APPEND).
func (p *Pickler) batchAppends(next func() (py.Object, bool, error)) error {
	if p.proto == 0 {
		for {
			x, ok, err := next()
			if err != nil || !ok {
				return err
			}
			if err := p.save(x, false); err != nil {
				return err
			}
			p.write(opAppend)
		}
	}
	for {
		first, ok, err := next()
		if err != nil || !ok {
			return err
		}
		second, ok, err := next()
		if err != nil {
			return err
		}
		if !ok {
			if err := p.save(first, false); err != nil {
				return err
			}
			p.write(opAppend)
			return nil
		}
		p.write(opMark)
		if err := p.save(first, false); err != nil {
			return err
		}
		if err := p.save(second, false); err != nil {
			return err
		}
		n := 2
		more := true
		for n < batchSize {
			x, ok, err := next()
			if err != nil {
				return err
			}
			if !ok {
				more = false
				break
			}
			if err := p.save(x, false); err != nil {
				return err
			}
			n++
		}
		p.write(opAppends)
		if !more {
			return nil
		}
	}
}

// batchSetItems writes (key, value) pairs like batchAppends, with SETITEM/SETITEMS.
func (p *Pickler) batchSetItems(next func() (py.Object, py.Object, bool, error)) error {
	savePair := func(k, v py.Object) error {
		if err := p.save(k, false); err != nil {
			return err
		}
		return p.save(v, false)
	}
	if p.proto == 0 {
		for {
			k, v, ok, err := next()
			if err != nil || !ok {
				return err
			}
			if err := savePair(k, v); err != nil {
				return err
			}
			p.write(opSetItem)
		}
	}
	for {
		k1, v1, ok, err := next()
		if err != nil || !ok {
			return err
		}
		k2, v2, ok, err := next()
		if err != nil {
			return err
		}
		if !ok {
			if err := savePair(k1, v1); err != nil {
				return err
			}
			p.write(opSetItem)
			return nil
		}
		p.write(opMark)
		if err := savePair(k1, v1); err != nil {
			return err
		}
		if err := savePair(k2, v2); err != nil {
			return err
		}
		n := 2
		more := true
		for n < batchSize {
			k, v, ok, err := next()
			if err != nil {
				return err
			}
			if !ok {
				more = false
				break
			}
			if err := savePair(k, v); err != nil {
				return err
			}
			n++
		}
		p.write(opSetItems)
		if !more {
			return nil
		}
	}
}
