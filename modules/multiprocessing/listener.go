package multiprocessing

import (
	"bytes"
	"crypto/hmac"
	"crypto/md5"
	"crypto/rand"
	"crypto/sha256"
	"fmt"
	"hash"
	"os"
	"path/filepath"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/gopyrt/gopy/interp/gil"
	"github.com/gopyrt/gopy/modules/builtins"
	"github.com/gopyrt/gopy/modules/errno"
)

// Listener is multiprocessing.connection.Listener over a TCP (address (host, port)) or Unix
// (address: a path) socket; accept() returns a Connection and, with an authkey, runs
// CPython's HMAC challenge both ways, so that a python3 process can be the other end.
type Listener struct {
	ctx          py.Context
	fd           *ownedFd
	family       string
	address      py.Object
	lastAccepted py.Object
	authkey      py.Object // bytes or None
	unlink       string    // the Unix socket file removed by close()
	tmpdir       string    // the directory made for it, if any
}

// ListenerType is multiprocessing.connection.Listener.
var ListenerType = py.NewTypeX("Listener", "Returns a listener object.\n\nThis is a wrapper for a bound socket which is 'listening' for\nconnections, or for a Windows named pipe.", listenerNew, nil)

// M__repr__ is object's repr, as CPython's Listener has no repr of its own.
func (l *Listener) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<multiprocessing.connection.Listener object at %p>", l)), nil
}

// Type returns ListenerType.
func (l *Listener) Type() *py.Type { return ListenerType }

// The 3.11 challenge protocol (connection.py), and the 3.12 digest-prefixed form.
var (
	challengePrefix = []byte("#CHALLENGE#")
	welcome         = []byte("#WELCOME#")
	failure         = []byte("#FAILURE#")
)

const challengeLength = 20 // 3.11's MESSAGE_LENGTH, which 3.12 clients answer with HMAC-MD5

func authkeyArg(o py.Object) (py.Object, error) {
	switch o.(type) {
	case py.NoneType, py.Bytes:
		return o, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "authkey should be a byte string")
}

// listenerNew is Listener(address=None, family=None, backlog=1, authkey=None), in CPython's
// order: the family from the address (AF_UNIX by default), an arbitrary address for the
// family, the socket, then the authkey's type.
func listenerNew(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var address, family, backlog, authkey py.Object = py.None, py.None, py.Int(1), py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "|OOOO:Listener", []string{"address", "family", "backlog", "authkey"}, &address, &family, &backlog, &authkey); err != nil {
		return nil, err
	}
	t := gil.Holding()
	if t == nil {
		return nil, py.ExceptionNewf(py.SystemError, "Listener called without an interpreter")
	}
	l := &Listener{ctx: t.Runtime().Context(), lastAccepted: py.None, fd: &ownedFd{fd: -1}}
	fam := "AF_UNIX"
	if ok, err := truth(family); err != nil {
		return nil, err
	} else if ok {
		f, isStr := family.(py.String)
		if !isStr {
			return nil, py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", family.Type().Name)
		}
		fam = string(f)
	} else if ok, err := truth(address); err != nil {
		return nil, err
	} else if ok {
		if fam, err = addressFamily(address); err != nil {
			return nil, err
		}
	}
	l.family = fam
	if ok, err := truth(address); err != nil {
		return nil, err
	} else if !ok {
		switch fam {
		case "AF_INET":
			address = py.Tuple{py.String("localhost"), py.Int(0)}
		case "AF_UNIX":
			dir, err := os.MkdirTemp("", "pymp-")
			if err != nil {
				return nil, errno.FromError(err)
			}
			l.tmpdir = dir
			address = py.String(filepath.Join(dir, "listener-"+randomName()))
		case "AF_PIPE": // refused below
		default:
			return nil, py.ExceptionNewf(py.ValueError, "unrecognized family")
		}
	}
	if err := validateFamily(fam); err != nil {
		return nil, err
	}
	if err := l.bind(fam, address, backlog); err != nil {
		l.close()
		return nil, err
	}
	var err error
	if l.authkey, err = authkeyArg(authkey); err != nil {
		l.close()
		return nil, err
	}
	return l, nil
}

// bind creates the listening socket; l.close() undoes what it did, if it fails.
func (l *Listener) bind(fam string, address, backlog py.Object) error {
	domain, err := socketDomain(fam)
	if err != nil {
		return err
	}
	fd, err := unix.Socket(domain, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return errno.FromError(err)
	}
	l.fd.fd = fd
	_ = unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_REUSEADDR, 1)
	sa, err := sockaddr(fam, address, "bind")
	if err != nil {
		return err
	}
	n, err := py.IndexInt(backlog)
	if err != nil {
		return err
	}
	if err := unix.Bind(fd, sa); err != nil {
		return errno.FromError(err)
	}
	if fam == "AF_UNIX" && !isAbstract(address) {
		l.unlink = string(sa.(*unix.SockaddrUnix).Name)
	}
	if err := unix.Listen(fd, n); err != nil {
		return errno.FromError(err)
	}
	if got, err := unix.Getsockname(fd); err == nil {
		l.address = addressOf(got)
	}
	return nil
}

func randomName() string {
	const letters = "abcdefghijklmnopqrstuvwxyz0123456789_"
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	for i := range b {
		b[i] = letters[int(b[i])%len(letters)]
	}
	return string(b)
}

// accept waits (without the GIL) for a connection, then authenticates it.
func (l *Listener) accept() (py.Object, error) {
	fd := l.fd.get()
	if fd < 0 {
		return nil, py.ExceptionNewf(py.OSError, "listener is closed")
	}
	var nfd int
	var sa unix.Sockaddr
	for {
		if _, err := gil.WaitFd(l.ctx, fd, unix.POLLIN, -1); err != nil {
			return nil, err
		}
		var err error
		nfd, sa, err = unix.Accept4(fd, unix.SOCK_CLOEXEC|unix.SOCK_NONBLOCK)
		if err == unix.EAGAIN || err == unix.EINTR {
			continue
		}
		if err != nil {
			return nil, errno.FromError(err)
		}
		break
	}
	_ = unix.SetNonblock(nfd, false)
	l.lastAccepted = addressOf(sa)
	c := newConnection(l.ctx, nfd, true, true)
	c.io.Socket = true
	if key, ok := l.authkey.(py.Bytes); ok && len(key) > 0 {
		if err := deliverChallenge(c, key); err != nil {
			c.handle.close()
			return nil, err
		}
		if err := answerChallenge(c, key); err != nil {
			c.handle.close()
			return nil, err
		}
	}
	return c, nil
}

// close closes the socket and removes the socket file (and the directory made for it).
func (l *Listener) close() {
	l.fd.close()
	if l.unlink != "" {
		_ = os.Remove(l.unlink)
		l.unlink = ""
	}
	if l.tmpdir != "" {
		_ = os.Remove(l.tmpdir)
		l.tmpdir = ""
	}
}

// client is Client(address, family=None, authkey=None).
func client(ctx py.Context, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var address, family, authkey py.Object = nil, py.None, py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|OO:Client", []string{"address", "family", "authkey"}, &address, &family, &authkey); err != nil {
		return nil, err
	}
	// As CPython 3.11's Client: the family only chooses between a pipe and a socket; the
	// socket's family is the address's.
	fam, err := addressFamily(address)
	if f, ok := family.(py.String); ok && f != "" {
		if err := validateFamily(string(f)); err != nil {
			return nil, err
		}
	}
	if err != nil {
		return nil, err
	}
	if err := validateFamily(fam); err != nil {
		return nil, err
	}
	domain, _ := socketDomain(fam)
	sa, err := sockaddr(fam, address, "connect")
	if err != nil {
		return nil, err
	}
	fd, err := unix.Socket(domain, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return nil, errno.FromError(err)
	}
	gil.Unlocked(ctx, func() {
		for {
			if err = unix.Connect(fd, sa); err != unix.EINTR {
				break
			}
		}
	})
	if err != nil {
		unix.Close(fd)
		return nil, errno.FromError(err)
	}
	c := newConnection(ctx, fd, true, true)
	c.io.Socket = true
	key, err := authkeyArg(authkey)
	if err != nil {
		return nil, err
	}
	if k, ok := key.(py.Bytes); ok {
		if err := answerChallenge(c, k); err != nil {
			return nil, err
		}
		if err := deliverChallenge(c, k); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// framer sends and receives whole messages: a Connection (GIL released while it waits),
// or a bare descriptor in a goroutine of its own (the resource sharer's server).
type framer interface {
	sendRaw(b []byte) error
	recvRaw(limit int64) ([]byte, error)
}

func (c *Connection) sendRaw(b []byte) error {
	fd, err := c.checkWritable()
	if err != nil {
		return err
	}
	return c.sendFrame(fd, b)
}

func (c *Connection) recvRaw(limit int64) ([]byte, error) {
	fd, err := c.checkReadable()
	if err != nil {
		return nil, err
	}
	return c.recvFrame(fd, limit)
}

// digestFor returns the HMAC hash of a 3.12 digest name (only sha256 and md5 here).
func digestFor(name string) func() hash.Hash {
	switch name {
	case "md5":
		return md5.New
	case "sha256":
		return sha256.New
	}
	return nil
}

// splitDigest is 3.12's _get_digest_name_and_payload: a 20-byte challenge or a 16-byte
// response is legacy HMAC-MD5, else a "{name}" prefix names the digest.
func splitDigest(msg []byte) (string, []byte, error) {
	if len(msg) == challengeLength || len(msg) == md5.Size {
		return "md5", msg, nil
	}
	if bytes.HasPrefix(msg, []byte("{")) {
		if end := bytes.IndexByte(msg[:min(len(msg), 20)], '}'); end > 1 {
			if name := string(msg[1:end]); digestFor(name) != nil {
				return name, msg[end+1:], nil
			}
		}
	}
	return "", nil, py.ExceptionNewf(AuthenticationError, "unsupported message length, missing digest prefix, or unsupported digest: message=%s", pyRepr(py.Bytes(msg)))
}

func mac(name string, key, msg []byte) []byte {
	h := hmac.New(digestFor(name), key)
	h.Write(msg)
	return h.Sum(nil)
}

// deliverChallenge is CPython 3.11's deliver_challenge (a 20-byte challenge answered with
// HMAC-MD5); a 3.12 peer's "{sha256}"-prefixed answer is verified too.
func deliverChallenge(c framer, key []byte) error {
	msg := make([]byte, challengeLength)
	_, _ = rand.Read(msg)
	if err := c.sendRaw(append(append([]byte(nil), challengePrefix...), msg...)); err != nil {
		return err
	}
	resp, err := c.recvRaw(256)
	if err != nil {
		return err
	}
	ok := false
	if name, got, err := splitDigest(resp); err == nil {
		ok = hmac.Equal(got, mac(name, key, msg))
	}
	if !ok {
		_ = c.sendRaw(failure)
		return py.ExceptionNewf(AuthenticationError, "digest received was wrong")
	}
	return c.sendRaw(welcome)
}

// answerChallenge is answer_challenge: HMAC-MD5 of a legacy challenge, or for a 3.12
// "{digest}"-prefixed one the prefixed HMAC of the whole message.
func answerChallenge(c framer, key []byte) error {
	msg, err := c.recvRaw(256)
	if err != nil {
		return err
	}
	if !bytes.HasPrefix(msg, challengePrefix) {
		return py.ExceptionNewf(py.AssertionError, "message = %s", pyRepr(py.Bytes(msg)))
	}
	msg = msg[len(challengePrefix):]
	name, _, err := splitDigest(msg)
	if err != nil {
		return err
	}
	resp := mac(name, key, msg)
	if len(msg) != challengeLength {
		resp = append([]byte("{"+name+"}"), resp...)
	}
	if err := c.sendRaw(resp); err != nil {
		return err
	}
	got, err := c.recvRaw(256)
	if err != nil {
		return err
	}
	if !bytes.Equal(got, welcome) {
		return py.ExceptionNewf(AuthenticationError, "digest sent was rejected")
	}
	return nil
}

func init() {
	d := ListenerType.Dict
	d["__module__"] = py.String("multiprocessing.connection")
	m := func(name, doc string, fn func(l *Listener) (py.Object, error)) {
		d[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			l, ok := self.(*Listener)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'Listener' object", name)
			}
			return fn(l)
		}, 0, doc)
	}
	m("accept", "Accept a connection on the bound socket; returns a Connection object.", (*Listener).accept)
	m("close", "Close the bound socket.", func(l *Listener) (py.Object, error) { l.close(); return py.None, nil })
	m("__enter__", "", func(l *Listener) (py.Object, error) { return l, nil })
	m("__exit__", "", func(l *Listener) (py.Object, error) { l.close(); return py.None, nil })

	attr := func(name string, get func(l *Listener) py.Object) {
		d[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			l := self.(*Listener)
			if l.fd.get() < 0 {
				return nil, py.ExceptionNewf(py.AttributeError, "'NoneType' object has no attribute '_%s'", name)
			}
			return get(l), nil
		}}
	}
	attr("address", func(l *Listener) py.Object { return l.address })
	attr("last_accepted", func(l *Listener) py.Object { return l.lastAccepted })
	builtins.Ready(ListenerType)
}

// clientMethod is multiprocessing.connection.Client, a function as in CPython.
func clientMethod() *py.Method {
	return py.MustNewMethod("Client", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		m, ok := self.(*py.Module)
		if !ok {
			return nil, py.ExceptionNewf(py.SystemError, "Client called without its module")
		}
		return client(m.Context, args, kwargs)
	}, 0, "Returns a connection to the address of a `Listener`")
}

// challengeMethods are multiprocessing.connection's deliver_challenge(connection, authkey)
// and answer_challenge(connection, authkey), which the managers' server runs itself after
// accepting, as CPython's does.
func challengeMethods() []*py.Method {
	mk := func(name, doc string, fn func(framer, []byte) error) *py.Method {
		return py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			var conn, key py.Object
			if err := py.UnpackTuple(args, nil, name, 2, 2, &conn, &key); err != nil {
				return nil, err
			}
			c, ok := conn.(*Connection)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "%s() needs a Connection, not '%s'", name, conn.Type().Name)
			}
			b, ok := key.(py.Bytes)
			if !ok {
				return nil, py.ExceptionNewf(py.ValueError, "Authkey must be bytes, not <class '%s'>", key.Type().Name)
			}
			return py.None, fn(c, b)
		}, 0, doc)
	}
	return []*py.Method{
		mk("deliver_challenge", "Send a challenge and check the peer's HMAC of it.", deliverChallenge),
		mk("answer_challenge", "Answer the peer's challenge with the HMAC of it.", answerChallenge),
	}
}
