"""Container entry point (see workshop_harness.container).

Started with ``python3 -I`` (no environment variables, no user site, no script folder
on the path), so the harness's folder is added here, explicitly and alone."""

import sys

sys.path.insert(0, "/opt/workshop")

from workshop_harness.__main__ import main  # noqa: E402

sys.exit(main(["--container"]))
