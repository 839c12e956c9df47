"""Safe output files: write through a temporary file and a rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: str | Path, content: bytes | str) -> None:
    """Write ``content`` to ``path`` through a temporary file in the same folder and a
    rename, so a reader never sees a half-written file and a failure leaves the old
    file as it was."""
    path = Path(path)
    if isinstance(content, str):
        content = content.encode("utf-8")
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
