package dataset

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// LockName is the lock file of a dataset directory.
const LockName = ".lock"

// ErrLocked means another run holds the dataset.
var ErrLocked = errors.New("another zhmetrics run is writing this dataset")

// Lock takes an exclusive lock on dir/.lock. The kernel drops the lock
// when the process ends, even by SIGKILL, so a crash never leaves it stale.
func Lock(dir string) (release func(), err error) {
	f, err := os.OpenFile(filepath.Join(dir, LockName), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		holder, _ := io.ReadAll(f)
		f.Close()
		return nil, fmt.Errorf("%w: %s is locked by %s", ErrLocked, dir, strings.TrimSpace(string(holder)))
	}
	f.Truncate(0)
	fmt.Fprintf(f, "pid %d since %s\n", os.Getpid(), time.Now().UTC().Format(time.RFC3339))
	return func() { f.Truncate(0); f.Close() }, nil
}
