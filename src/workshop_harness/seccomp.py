"""The seccomp filter of student processes: no new socket, no POSIX message queue, no
new program.

Between two isolated calls the fork server kills every student process and wipes what
they could leave in the container (``scratch``). Some state outlives that and the wipe
cannot reach it: loopback TCP connections left in TIME_WAIT (their port numbers carry
data, under runc and runsc alike), abstract unix sockets kept alive by an SCM_RIGHTS
cycle (gVisor never collects such cycles), POSIX message queues (runsc mounts no
/dev/mqueue for the wipe to empty). The fork server cannot give each call a network or
IPC namespace of its own (no CAP_SYS_ADMIN), so a student process gets none of these
objects at all: the system calls that create them fail with EPERM, as a sandbox that
refuses them would. The process's channel to the grader is a socket pair the fork server
made before the fork; ``socket.socket(fileno=...)`` only asks an existing socket about
itself (getsockopt, getsockname), it never calls socket(2), so that channel works as before.

Nor does a student process start any program (``execve``, ``execveat``): student code is
Python run by the fork server's child, which never needs another program, and a command
a submission hides (an ``eval`` calculator running ``os.system``) can then never run,
whatever the submission does to hide its effect from a test (red team 9 round 4 emptied
PATH, filtered the command's own calls, or ran it after the check). ``os.system`` and
``subprocess`` fail (the shell cannot start: status 127, or PermissionError).

Nor does a student process change what happens to its children when they end
(``rt_sigaction`` of SIGCHLD with a new action; asking for the current one is allowed):
ignoring SIGCHLD (or SA_NOCLDWAIT) makes the kernel discard each child as it exits, with
the CPU time it used, which then shows in no counter the call clock reads (not the
parent's, nor the fork server's). Red team 9 round 10 ran children for 36 ms between the
clock's looks that way and did 3 s of computing in a 2 s call. Its children now end as
zombies, in /proc until reaped, and a child its parent reaps is in the parent's counters.

Nor does a student process act on the host's page cache of the files it reads: the jobs
of a class read the image's files through the same host inodes, so a page one job drops
from the cache (``posix_fadvise(DONTNEED)``, ``madvise`` COLD or PAGEOUT, or
``process_madvise`` doing the same) is a bit a later job can read back by timing one read
(red team 9 round 11), ``MADV_COLLAPSE`` rebuilds its pages as a huge page, and
``cachestat`` would read the cache's state without timing (``mincore`` tells nothing of
a file the process neither owns nor may write: it says every page is there). The grader also
holds every page of the image in the cache while jobs run (``workshop.sandbox.pagecache``),
so no job can fill one either (round 12).

Refused (EPERM): ``socket``, ``socketpair``, ``mq_open``, ``io_uring_setup`` (an
io_uring can create sockets on its own, IORING_OP_SOCKET, without calling socket(2)),
``execve`` and ``execveat``, ``rt_sigaction`` of SIGCHLD with an action, ``fadvise64``,
``process_madvise``, ``cachestat``, and ``madvise`` with MADV_COLD, MADV_PAGEOUT or
MADV_COLLAPSE. Not
refused: ``accept`` (it needs a listening socket, which the student can no longer make)
and what acts on an existing descriptor. Python's
asyncio event loop makes a socket pair for itself, so it does not run in a student
process (the sandbox has no network for it to talk to anyway).

A classic BPF program installed with prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER), by
ctypes: the grading image (python:3.12-slim + pytest + numpy, see sandbox/Dockerfile) has
no libseccomp binding, and a dozen instructions do not justify adding one. The filter
holds for the process and every process it forks, under every namespace it may enter,
and it cannot be removed. gVisor (runsc) implements seccomp for the tasks it runs, so the
same program holds under both runtimes (tests/test_sandbox_e2e.py checks both)."""

from __future__ import annotations

import ctypes
import struct

# prctl(2) options.
PR_SET_NO_NEW_PRIVS = 38
PR_SET_SECCOMP = 22
SECCOMP_MODE_FILTER = 2

# Classic BPF opcodes (linux/filter.h, linux/bpf_common.h).
BPF_LD_W_ABS = 0x20  # BPF_LD | BPF_W | BPF_ABS: load a 32-bit word of seccomp_data
BPF_JEQ_K = 0x15  # BPF_JMP | BPF_JEQ | BPF_K: jump if the word == k
BPF_JGE_K = 0x35  # BPF_JMP | BPF_JGE | BPF_K: jump if the word >= k (unsigned)
BPF_RET_K = 0x06  # BPF_RET | BPF_K: return k

# Offsets in struct seccomp_data { int nr; __u32 arch; __u64 ip; __u64 args[6]; }.
NR_OFFSET = 0
ARCH_OFFSET = 4
ARG0_LOW = 16  # args[0]'s low 32 bits (little endian)
ARG1_LOW, ARG1_HIGH = 24, 28
ARG2_LOW = 32

# Return values (linux/seccomp.h).
SECCOMP_RET_KILL_PROCESS = 0x80000000
SECCOMP_RET_ERRNO = 0x00050000
SECCOMP_RET_ALLOW = 0x7FFF0000
EPERM = 1

AUDIT_ARCH_X86_64 = 0xC000003E  # EM_X86_64 | __AUDIT_ARCH_64BIT | __AUDIT_ARCH_LE
X32_SYSCALL_BIT = 0x40000000  # the x32 ABI: arch x86_64, numbers offset by this bit

# x86_64 system call numbers (arch/x86/entry/syscalls/syscall_64.tbl).
REFUSED = {
    "socket": 41,
    "socketpair": 53,
    "mq_open": 240,
    "io_uring_setup": 425,
    "execve": 59,
    "execveat": 322,
    # The calls that act on the page cache of a file the process may only read (below).
    "fadvise64": 221,
    "process_madvise": 440,
    "cachestat": 451,
}
RT_SIGACTION = 13
SIGCHLD = 17
MADVISE = 28
# COLD and PAGEOUT push pages out; COLLAPSE rebuilds a file's cached pages as a huge page
# (a later job could time the faults).
MADVISE_REFUSED = {"MADV_COLD": 20, "MADV_PAGEOUT": 21, "MADV_COLLAPSE": 25}


def _insn(code: int, jt: int, jf: int, k: int) -> bytes:
    """One struct sock_filter { __u16 code; __u8 jt; __u8 jf; __u32 k; }."""
    return struct.pack("=HBBI", code, jt, jf, k)


def program() -> bytes:
    """The filter, instruction by instruction. A jump names the instruction it lands on
    (a label, resolved at the end into the offset classic BPF counts: the instructions
    skipped after the jump itself), or 0 for the next one."""
    insns: list[tuple[int, int | str, int | str, int]] = []
    labels: dict[str, int] = {}

    def emit(code: int, k: int, jt: int | str = 0, jf: int | str = 0) -> None:
        insns.append((code, jt, jf, k))

    def label(name: str) -> None:
        labels[name] = len(insns)

    # Which ABI made the call. The numbers below are x86_64's; the same number through the
    # i386 entry (int 0x80) or another arch means another call, and i386's socketcall(2)
    # would create sockets without socket(2): anything but x86_64 kills the process (no
    # honest Python code makes such calls).
    emit(BPF_LD_W_ABS, ARCH_OFFSET)
    emit(BPF_JEQ_K, AUDIT_ARCH_X86_64, jf="kill")
    emit(BPF_LD_W_ABS, NR_OFFSET)
    # The x32 ABI shares the x86_64 arch value with its numbers offset by 0x40000000 (its
    # socket is 0x40000029): killed too, or it would pass below.
    emit(BPF_JGE_K, X32_SYSCALL_BIT, jt="kill")
    for number in REFUSED.values():
        emit(BPF_JEQ_K, number, jt="errno")
    emit(BPF_JEQ_K, RT_SIGACTION, jt="rt_sigaction")
    emit(BPF_JEQ_K, MADVISE, jt="madvise")
    emit(BPF_RET_K, SECCOMP_RET_ALLOW)
    # rt_sigaction of SIGCHLD (the kernel reads the signal as an int: the low word) with a
    # new action (a pointer that is not NULL): refused; a query, or another signal, runs.
    label("rt_sigaction")
    emit(BPF_LD_W_ABS, ARG0_LOW)
    emit(BPF_JEQ_K, SIGCHLD, jf="allow")
    emit(BPF_LD_W_ABS, ARG1_LOW)
    emit(BPF_JEQ_K, 0, jf="errno")
    emit(BPF_LD_W_ABS, ARG1_HIGH)
    emit(BPF_JEQ_K, 0, jt="allow", jf="errno")
    # madvise with an advice (an int: the low word) that pushes pages out of memory.
    label("madvise")
    emit(BPF_LD_W_ABS, ARG2_LOW)
    for advice in MADVISE_REFUSED.values():
        emit(BPF_JEQ_K, advice, jt="errno")
    label("allow")
    emit(BPF_RET_K, SECCOMP_RET_ALLOW)
    # A refused call fails with EPERM: the student's code sees PermissionError, as from
    # any sandbox that refuses it (and glibc, asking nscd over a unix socket for a user
    # name, falls back to /etc/passwd).
    label("errno")
    emit(BPF_RET_K, SECCOMP_RET_ERRNO | EPERM)
    # Another ABI: the whole process dies (SIGSYS).
    label("kill")
    emit(BPF_RET_K, SECCOMP_RET_KILL_PROCESS)

    def offset(at: int, target: int | str) -> int:
        if isinstance(target, int):
            return target
        skip = labels[target] - (at + 1)
        assert 0 <= skip <= 255, "a classic BPF jump goes forward, 255 at most"
        return skip

    return b"".join(_insn(code, offset(i, jt), offset(i, jf), k) for i, (code, jt, jf, k) in enumerate(insns))


class _SockFprog(ctypes.Structure):
    """struct sock_fprog { unsigned short len; struct sock_filter *filter; }."""

    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def install() -> None:
    """Install the filter in this process (and so in all it forks). Raises OSError if it
    could not be installed: the caller must then not run the student's code."""
    libc = ctypes.CDLL(None, use_errno=True)
    # No-new-privileges is already set by the runner (docker's no-new-privileges, which
    # this process inherits); setting it again is always allowed, and seccomp requires
    # it from a process without CAP_SYS_ADMIN.
    if libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, "prctl(PR_SET_NO_NEW_PRIVS) failed")
    code = program()
    buffer = ctypes.create_string_buffer(code, len(code))
    fprog = _SockFprog(len(code) // 8, ctypes.cast(buffer, ctypes.c_void_p))
    if libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(fprog), 0, 0) != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, "prctl(PR_SET_SECCOMP) failed")
