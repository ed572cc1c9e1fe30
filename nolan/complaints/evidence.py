"""Which evidence files a complaint accepts: by size, and by what the file's bytes are.

A file's name and the browser's stated type are the sender's to choose, so the type is read
from the file's first bytes; a name is kept only as a label, stripped of any folders, and
always ending as its type does. (A web page named fake.png was once kept as "plain text"
under that name; markup is refused, and a name ends as what the file is.)
"""

import re
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


# Markup is text, but not plain text: a page saved from a browser (or a script named as a
# picture) would run when opened from the case's downloads.
_MARKUP = re.compile(rb"<\s*(?:!doctype|html|head|body|script|iframe|svg|object|embed|\?xml)\b")
# The name's ending for each accepted type, and the endings a name may already give it.
_ENDINGS = {
    "application/pdf": (".pdf",),
    "image/png": (".png",),
    "image/jpeg": (".jpg", ".jpeg"),
    "text/plain": (".txt",),
}
_KNOWN_ENDINGS = {ending for endings in _ENDINGS.values() for ending in endings}


def is_markup(data: bytes) -> bool:
    return bool(_MARKUP.search(data[:65536].lower()))


def sniff(data: bytes) -> str | None:
    """The accepted type the bytes are, or None."""
    for signature, content_type in _SIGNATURES:
        if data.startswith(signature):
            return content_type
    if b"\x00" in data or is_markup(data):
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return "text/plain"


def named(label: str, content_type: str) -> str:
    """``label`` ending as its type does, so that the file opens as what it is when
    downloaded: a wrong accepted ending is replaced (a JPEG screenshot named "post.png" is
    kept as "post.jpg"), any other gets the type's added ("notes.md.txt")."""
    path = PurePosixPath(label)
    endings = _ENDINGS[content_type]
    suffix = path.suffix.lower()
    if suffix in endings:
        return label
    if suffix in _KNOWN_ENDINGS:
        return f"{label[: -len(suffix)]}{endings[0]}"
    return f"{label}{endings[0]}"


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
    if content_type is None and is_markup(data):
        raise ComplaintError(
            "file-type",
            "A web page cannot be sent as evidence: save it as a PDF, or send a screenshot",
            "evidence",
        )
    if content_type is None:
        raise ComplaintError(
            "file-type", "the file must be a PDF, a PNG or JPEG picture, or plain text", "evidence"
        )
    label = PureWindowsPath(PurePosixPath(name).name).name.strip() or "evidence"
    return Upload(named(label[-250:], content_type), content_type, data)
