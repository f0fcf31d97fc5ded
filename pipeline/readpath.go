package pipeline

import (
	"os"
	"syscall"
)

// readPath reads the file at path whole, unless its size is over maxBytes
// (then why it is skipped), in four kinds of system call: open, fstat, read
// and close. A regular file whose size fstat gave is read in one read when
// it has not grown since: a read of a regular file returns less than it was
// asked for only at the file's end, so a short read once the size has come
// ends it without the read that returns nothing (one system call in five).
// Other files, and files that report no size (a /proc file says 0 and gives
// a page a read), are read until a read returns nothing. os.Open takes six more a file
// (fcntl four times and epoll_ctl, offering a regular file to the network
// poller, which refuses it), and a run opens every document once: on the
// real 200 MB corpus of `make bench` (44,786 files) os.Open was 2.2% of a
// one-worker run's CPU, and reading the files in a loop takes a third less
// time without it. The errors are os.Open's and os.File.Read's (*os.PathError,
// errors.Is(err, fs.ErrNotExist) for a missing file).
func readPath(path string, maxBytes int64) (raw []byte, skip string, err error) {
	var fd int
	for {
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, "", &os.PathError{Op: "open", Path: path, Err: err}
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		return nil, "", &os.PathError{Op: "stat", Path: path, Err: err}
	}
	size := st.Size
	regular := st.Mode&syscall.S_IFMT == syscall.S_IFREG
	if maxBytes > 0 && size > maxBytes {
		return nil, skipOverMax(size, maxBytes), nil
	}
	// One byte more than the size, so the end is seen in the same read; a
	// file that grew since is read to its end all the same.
	raw = make([]byte, 0, size+1)
	for {
		n, err := syscall.Read(fd, raw[len(raw):cap(raw)])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, "", &os.PathError{Op: "read", Path: path, Err: err}
		}
		if n == 0 {
			return raw, "", nil
		}
		short := n < cap(raw)-len(raw)
		raw = raw[:len(raw)+n]
		if short && regular && size > 0 && int64(len(raw)) >= size {
			return raw, "", nil
		}
		if len(raw) == cap(raw) {
			raw = append(raw, 0)[:len(raw)]
		}
	}
}
