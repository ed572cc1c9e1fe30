"""Which evidence files a complaint accepts: by size, and by what the file's bytes are.

A file's name and the browser's stated type are the sender's to choose, so the type is read
from the file's first bytes; a name is kept only as a label, stripped of any folders.
"""

from dataclasses import dataclass
from pathlib import PurePosixPath, PureWindowsPath

from nolan.complaints.models import Evidence

_SIGNATURES = [
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
]


@dataclass(frozen=True)
class Upload:
    name: str
    content_type: str
    data: bytes


def sniff(data: bytes) -> str | None:
    """The accepted type the bytes are, or None."""
    for signature, content_type in _SIGNATURES:
        if data.startswith(signature):
            return content_type
    if b"\x00" in data:
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return "text/plain"


def check_upload(name: str, data: bytes) -> Upload:
    from nolan.complaints.services import ComplaintError

    if not data:
        raise ComplaintError("empty-file", "the file is empty", "evidence")
    if len(data) > Evidence.MAX_BYTES:
        raise ComplaintError(
            "too-large",
            f"each file must be {Evidence.MAX_BYTES // (1024 * 1024)} MB or smaller",
            "evidence",
        )
    content_type = sniff(data)
    if content_type is None:
        raise ComplaintError(
            "file-type", "the file must be a PDF, a PNG or JPEG picture, or plain text", "evidence"
        )
    label = PureWindowsPath(PurePosixPath(name).name).name.strip() or "evidence"
    return Upload(label[-255:], content_type, data)
