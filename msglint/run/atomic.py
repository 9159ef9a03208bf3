"""Writing a user's file without ever leaving half of it: ``--fix`` and ``--write-baseline``.

The new bytes go to a temporary file in the same folder (short fixed-pattern name
``.msglint-XXXXXXXX.msglint-tmp``: a long file name cannot make it too long), are flushed to
disk, and then replace the file with one ``rename``: a reader sees the old or the new file,
never a mix. What the file was stays as it was:

* mode, owner and group are copied to the temporary file before the rename (as root, a fixed
  file stays the user's);
* a file with several hard links, or whose owner cannot be given to the temporary file, is
  rewritten in place after the temporary copy is written and read back (a rename would break
  the links, or hand the file to the user running msglint);
* a symlink is followed, not replaced; a target that is not a regular file (a device, a FIFO:
  ``--write-baseline /dev/stdout``) is written into, never replaced.

An interrupted run (``kill -9``, power loss) can leave its temporary file behind. The writer
holds an ``flock`` on its temporary file while it exists; :func:`remove_stale_temp_files`
removes the ones nobody holds (the next run calls it for the folders it lints), and the folder
walk never lints them.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat

TEMP_PREFIX = ".msglint-"
TEMP_SUFFIX = ".msglint-tmp"


def is_temp_name(name: str) -> bool:
    """A temporary file of ``--fix`` (this version's names and the longer ones of earlier versions)."""
    return name.startswith(".") and name.endswith(TEMP_SUFFIX)


def _lock(fd: int, block: bool) -> bool:
    try:
        import fcntl
    except ImportError:  # no flock (Windows): abandoned files are then left alone
        return not block
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if block else fcntl.LOCK_NB))
        return True
    except OSError:
        return False


def _new_temp(folder: str) -> tuple[int, str]:
    """A new, locked temporary file in ``folder``."""
    import tempfile  # only writers pay for its import

    for _ in range(100):
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX)
        _lock(fd, block=True)
        if os.fstat(fd).st_nlink:  # not removed as stale between its creation and the lock
            return fd, tmp
        os.close(fd)
    raise OSError(errno.EAGAIN, "cannot create a temporary file", folder)


def remove_stale_temp_files(folder: str) -> int:
    """Remove the temporary files an interrupted run left in ``folder`` (those no running
    msglint holds); returns how many."""
    try:
        names = [e.name for e in os.scandir(folder) if is_temp_name(e.name)]
    except OSError:
        return 0
    removed = 0
    for name in names:
        path = os.path.join(folder, name)
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            continue
        try:
            st = os.fstat(fd)
            if stat.S_ISREG(st.st_mode) and _lock(fd, block=False):
                cur = os.lstat(path)
                if (cur.st_dev, cur.st_ino) == (st.st_dev, st.st_ino):
                    os.unlink(path)
                    removed += 1
        except OSError:
            pass
        finally:
            os.close(fd)
    return removed


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def _write_into(path: str, data: bytes) -> None:
    """Write into a device or FIFO as it is (never replace it); a FIFO nobody reads is an error."""
    flags = os.O_WRONLY | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise OSError(errno.ENXIO, "a FIFO that nobody reads", path) from None
        raise
    try:
        os.set_blocking(fd, True)
        _write_all(fd, data)
    finally:
        os.close(fd)


def _rewrite_in_place(path: str, data: bytes) -> None:
    """Overwrite ``path``'s content, keeping its inode (hard links, owner, mode, ACLs)."""
    fd = os.open(path, os.O_WRONLY)
    try:
        if hasattr(os, "posix_fallocate") and data:
            with contextlib.suppress(OSError):  # reserve the space first: a full disk fails here
                os.posix_fallocate(fd, 0, len(data))
        _write_all(fd, data)
        os.ftruncate(fd, len(data))
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: str, data: bytes, new_mode: int | None = None) -> None:
    """Replace the content of ``path`` by ``data`` (see the module's docstring); ``new_mode``
    is the mode of a file that does not exist yet."""
    real = os.path.realpath(path)
    try:
        st: os.stat_result | None = os.stat(real)
    except FileNotFoundError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode):
        _write_into(real, data)
        return
    folder = os.path.dirname(real) or "."
    fd, tmp = _new_temp(folder)
    try:
        _write_all(fd, data)
        os.fsync(fd)
        owner_kept = True
        if st is not None:  # owner first: chown clears set-user-ID bits that chmod then restores
            tst = os.fstat(fd)
            uid = st.st_uid if st.st_uid != tst.st_uid else -1
            gid = st.st_gid if st.st_gid != tst.st_gid else -1
            if uid != -1 or gid != -1:
                try:
                    os.fchown(fd, uid, gid)
                except PermissionError:
                    owner_kept = False
        mode = stat.S_IMODE(st.st_mode) if st is not None else new_mode
        if mode is not None:
            os.fchmod(fd, mode)
        if st is not None and (st.st_nlink > 1 or not owner_kept):
            with open(tmp, "rb") as fh:  # the copy is complete on disk before the original is touched
                if fh.read() != data:
                    raise OSError(errno.EIO, "the temporary copy does not read back", tmp)
            try:
                _rewrite_in_place(real, data)
            except PermissionError:
                if owner_kept:
                    raise
                raise PermissionError(
                    errno.EPERM, f"cannot keep the file's owner (uid {st.st_uid}, gid {st.st_gid}): not changed", path
                ) from None
            os.unlink(tmp)
        else:
            os.replace(tmp, real)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    finally:
        os.close(fd)


__all__ = ["TEMP_PREFIX", "TEMP_SUFFIX", "is_temp_name", "remove_stale_temp_files", "write_atomic"]
