"""The in-sandbox side of workshop: runs an exercise's tests against a submission.

Standard library and pytest only: this package is copied into the grading image, whose
Python may be older than the host's. It is also what ``workshop check`` runs locally.

Protocol: the host hands over a *job* (a tar on stdin in the container, a folder locally)::

    job.json            {"module": ..., "call_time_s": ..., "memory_mib": ..., "max_detail_chars": ...}
    submission/         the student's files
    tests/public/       tests whose failure details the student may see
    tests/hidden/       tests whose name, status and trainer message only are shown

and receives JSON lines (see ``records``) on the process's original stdout; everything
else the run prints is moved to stderr.
"""

HARNESS_VERSION = "1"
