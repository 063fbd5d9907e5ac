"""The seccomp filter of student processes (workshop_harness.seccomp), on this host's
kernel: each check runs in a forked child that installs the filter, so this process keeps
its sockets. tests/test_sandbox_e2e.py checks the same in the real sandbox, runc and runsc."""

from __future__ import annotations

import ctypes
import mmap
import os
import signal
import socket
import time
from collections.abc import Callable

from workshop_harness import seccomp


def _in_filtered_child(work: Callable[[], bytes]) -> tuple[bytes, int | None]:
    """What ``work`` returns in a child with the filter installed, and the signal that
    killed that child (None if it exited)."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(read)
            seccomp.install()
            os.write(write, work())
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as source:
        data = source.read()
    _, status = os.waitpid(pid, 0)
    return data, os.WTERMSIG(status) if os.WIFSIGNALED(status) else None


def _errno_of(make: Callable[[], object]) -> str:
    try:
        make()
    except OSError as exc:
        return "errno %d" % exc.errno
    return "made"


def test_new_sockets_of_every_family_are_refused_with_eperm():
    def work() -> bytes:
        families = {
            "inet": lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM),
            "inet6": lambda: socket.socket(socket.AF_INET6, socket.SOCK_DGRAM),
            "unix": lambda: socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET),
            "pair": socket.socketpair,
        }
        return repr({name: _errno_of(make) for name, make in families.items()}).encode()

    data, killed = _in_filtered_child(work)
    assert killed is None
    assert data == repr({name: "errno 1" for name in ("inet", "inet6", "unix", "pair")}).encode()


def test_mq_open_and_io_uring_setup_are_refused_with_eperm():
    def work() -> bytes:
        rt = ctypes.CDLL("librt.so.1", use_errno=True)
        queue = rt.mq_open(b"/workshop-seccomp-test", os.O_CREAT | os.O_RDWR, 0o600, None)
        mq_errno = ctypes.get_errno()
        libc = ctypes.CDLL(None, use_errno=True)
        ring = libc.syscall(425, 8, ctypes.create_string_buffer(120))
        return b"%d %d %d %d" % (queue, mq_errno, ring, ctypes.get_errno())

    data, killed = _in_filtered_child(work)
    assert (data, killed) == (b"-1 1 -1 1", None)


def test_an_existing_socket_keeps_working_and_can_be_opened_again_by_number():
    ours, theirs = socket.socketpair()

    def work() -> bytes:
        again = socket.socket(fileno=os.dup(theirs.fileno()))  # no socket(2) in this
        again.sendall(b"ping")
        return ("%s %s" % (again.family.name, again.type.name)).encode()

    data, killed = _in_filtered_child(work)
    theirs.close()
    assert (data, killed) == (b"AF_UNIX SOCK_STREAM", None)
    assert ours.recv(16) == b"ping"
    ours.close()


def test_asyncio_cannot_make_its_event_loop():
    # Its self-pipe is a socket pair: design.md says asyncio does not run in a student process.
    def work() -> bytes:
        import asyncio

        return _errno_of(asyncio.new_event_loop).encode()

    assert _in_filtered_child(work) == (b"errno 1", None)


def test_no_program_can_be_started_and_a_hidden_command_never_runs(tmp_path):
    # An eval calculator's os.system('touch ...'): the shell cannot start, so the command
    # never runs whatever else the student does (red team 9 round 4 hid its effect).
    trace = tmp_path / "pwned"

    def work() -> bytes:
        status = os.system("touch %s" % trace)
        return b"%s %d %s" % (
            _errno_of(lambda: os.execv("/bin/true", ["true"])).encode(),
            status != 0,
            str(trace.exists()).encode(),
        )

    assert _in_filtered_child(work) == (b"errno 1 1 False", None)


def test_other_system_calls_are_unaffected():
    def work() -> bytes:
        read, write = os.pipe()
        os.write(write, b"x")
        return b"%d %s" % (os.getpid() > 0, os.read(read, 1))

    assert _in_filtered_child(work) == (b"1 x", None)


def test_sigchld_cannot_be_ignored_or_caught_and_other_signals_can():
    # Red team 9 round 10: with SIGCHLD ignored the kernel discards each child as it ends,
    # and the CPU it used with it: no counter the call clock reads holds it.
    def work() -> bytes:
        import ctypes

        def sigaction(signum: int, new: bool) -> str:
            libc = ctypes.CDLL(None, use_errno=True)
            buffer = ctypes.create_string_buffer(256)  # a struct sigaction, zeroed: SIG_DFL
            libc.syscall.restype = ctypes.c_long
            action = ctypes.cast(buffer, ctypes.c_void_p) if new else None
            done = libc.syscall(
                ctypes.c_long(seccomp.RT_SIGACTION), ctypes.c_long(signum), action, buffer, ctypes.c_long(8)
            )
            return "ok" if done == 0 else "errno %d" % ctypes.get_errno()

        outcomes = {
            "ignore": _errno_of(lambda: signal.signal(signal.SIGCHLD, signal.SIG_IGN)),
            "catch": _errno_of(lambda: signal.signal(signal.SIGCHLD, lambda *_: None)),
            "query": sigaction(signal.SIGCHLD, new=False),
            "raw-default": sigaction(signal.SIGCHLD, new=True),
            "raw-high-bits": sigaction(signal.SIGCHLD | (1 << 32), new=True),
            "usr1": sigaction(signal.SIGUSR1, new=True),
        }
        child = os.fork()
        if child == 0:
            os._exit(0)
        time.sleep(0.2)
        with open("/proc/%d/stat" % child) as handle:  # not discarded: a zombie until reaped
            outcomes["child"] = handle.read().rsplit(")", 1)[1].split()[0]
        os.waitpid(child, 0)
        return repr(outcomes).encode()

    data, killed = _in_filtered_child(work)
    assert killed is None
    assert data == repr(
        {
            "ignore": "errno 1", "catch": "errno 1", "query": "ok", "raw-default": "errno 1",
            "raw-high-bits": "errno 1", "usr1": "ok", "child": "Z",
        }
    ).encode()  # fmt: skip


def test_a_call_through_the_i386_entry_kills_the_process():
    # int 0x80 with eax = 20 (getpid in the i386 table): the i386 ABI has socketcall(2),
    # which would create sockets without socket(2), so any call from it kills.
    code = b"\xb8\x14\x00\x00\x00\xcd\x80\xc3"  # mov eax, 20; int 0x80; ret

    def work() -> bytes:
        page = mmap.mmap(-1, mmap.PAGESIZE, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)
        page.write(code)
        function = ctypes.CFUNCTYPE(ctypes.c_int)(ctypes.addressof(ctypes.c_char.from_buffer(page)))
        return b"returned %d" % function()

    assert _in_filtered_child(work) == (b"", signal.SIGSYS)


def test_a_call_through_the_x32_numbers_kills_the_process():
    def work() -> bytes:
        libc = ctypes.CDLL(None, use_errno=True)
        return b"returned %d" % libc.syscall(seccomp.X32_SYSCALL_BIT | seccomp.REFUSED["socket"], 1, 1, 0)

    assert _in_filtered_child(work) == (b"", signal.SIGSYS)


def test_every_jump_lands_where_its_label_says():
    # Jumps are relative: the arch check must land on the last instruction (KILL), each
    # refused number on the one before it (ERRNO), and no jump past the end.
    import struct

    code = seccomp.program()
    insns = [struct.unpack("=HBBI", code[i : i + 8]) for i in range(0, len(code), 8)]
    kill, errno = len(insns) - 1, len(insns) - 2
    assert insns[kill] == (seccomp.BPF_RET_K, 0, 0, seccomp.SECCOMP_RET_KILL_PROCESS)
    assert insns[errno] == (seccomp.BPF_RET_K, 0, 0, seccomp.SECCOMP_RET_ERRNO | seccomp.EPERM)
    jumps = {seccomp.BPF_JEQ_K, seccomp.BPF_JGE_K}
    for at, (code, jt, jf, _) in enumerate(insns):
        if code in jumps:
            assert at + 1 + max(jt, jf) < len(insns)
    assert insns[1][2] == kill - 2  # not x86_64: KILL
    refused = {k: at for at, (code, jt, _, k) in enumerate(insns) if code == seccomp.BPF_JEQ_K and at > 3}
    for number in seccomp.REFUSED.values():
        at = refused[number]
        assert at + 1 + insns[at][1] == errno


def test_the_calls_that_drop_a_files_pages_from_the_cache_are_refused(tmp_path):
    # Red team 9 round 11: pages one job drops from the host's page cache (fadvise
    # DONTNEED) are bits a later job reads back by timing. madvise's COLD and PAGEOUT
    # push pages out too; other advice (what numpy and malloc use) runs as usual.
    data = tmp_path / "library.bin"
    data.write_bytes(b"x" * (1 << 16))

    def work() -> bytes:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.syscall.restype = ctypes.c_long
        libc.madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]

        def call(number: int, *args: int) -> str:
            done = libc.syscall(ctypes.c_long(number), *(ctypes.c_long(a) for a in args))
            return "ok" if done >= 0 else "errno %d" % ctypes.get_errno()

        outcomes: dict[str, str] = {}
        with open(data, "rb") as source:
            fd = source.fileno()
            for name, advice in (("dontneed", os.POSIX_FADV_DONTNEED), ("willneed", os.POSIX_FADV_WILLNEED)):
                outcomes["fadvise-" + name] = _errno_of(lambda a=advice: os.posix_fadvise(fd, 0, 0, a))
            view = mmap.mmap(fd, 0, prot=mmap.PROT_READ)
            buffer = mmap.mmap(-1, 1 << 16)
            address = ctypes.addressof(ctypes.c_char.from_buffer(buffer))
            refused = (("cold", 20), ("pageout", 21), ("collapse", 25), ("high-bits-pageout", 21 | (1 << 32)))
            for name, advice in refused:
                outcomes["madvise-" + name] = call(seccomp.MADVISE, address, 1 << 16, advice)
            outcomes["madvise-dontneed"] = _errno_of(lambda: view.madvise(mmap.MADV_DONTNEED))
            outcomes["madvise-willneed"] = _errno_of(lambda: view.madvise(mmap.MADV_WILLNEED))
            outcomes["process_madvise"] = call(seccomp.REFUSED["process_madvise"], 0, 0, 0, 21, 0)
            outcomes["cachestat"] = call(seccomp.REFUSED["cachestat"], fd, 0, 0, 0)
            outcomes["read"] = str(len(view[:4]))
            view.close()
            del address
            buffer.close()
        return repr(outcomes).encode()

    data_out, killed = _in_filtered_child(work)
    assert killed is None
    assert data_out == repr(
        {
            "fadvise-dontneed": "errno 1", "fadvise-willneed": "errno 1",
            "madvise-cold": "errno 1", "madvise-pageout": "errno 1", "madvise-collapse": "errno 1",
            "madvise-high-bits-pageout": "errno 1",
            "madvise-dontneed": "made", "madvise-willneed": "made",
            "process_madvise": "errno 1", "cachestat": "errno 1", "read": "4",
        }
    ).encode()  # fmt: skip
