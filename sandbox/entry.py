"""Container entry point (see workshop_harness.container).

Started with ``python3 -I -S``: no environment variables, no user site, no script folder
on the path, and no ``site`` run at start-up, so no ``sitecustomize`` (Debian's installs
apport's exception hook) and no ``.pth`` scan beyond the folders added here: the harness's
folder, then the interpreter's own site-packages folders, in ``site``'s order."""

import os
import site
import sys

sys.path.insert(0, "/opt/workshop")
for folder in site.getsitepackages():
    if os.path.isdir(folder):
        site.addsitedir(folder)

if sys.argv[1:2] == ["--bundle"]:  # at image build (Dockerfile): see workshop_harness/bundle.py
    from workshop_harness.bundle import build  # noqa: E402

    print("bundle: %d modules" % build(sys.argv[2]))
    sys.exit(0)

# The bundle first: every module the entry point imports (json, pathlib, socket, tarfile...
# by way of __main__ and container) then comes from it, not from some 60 files found on
# the path one stat at a time (each a trip to gVisor's Sentry under runsc).
from workshop_harness import bundle  # noqa: E402

bundle.install(bundle.IMAGE_PATH)

from workshop_harness.__main__ import main  # noqa: E402

sys.exit(main(["--container"]))
