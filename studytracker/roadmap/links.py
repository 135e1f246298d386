"""Which links of a markdown roadmap are study material, and where relative ones point.

Badges, sponsor and star-history links, search pages, social profiles and translations of the
page are not study material. A relative link resolves against the imported file's folder (a file
that exists there becomes a `file://` address the app can open offline), else against a base URL
given by the learner, else it is listed as unresolved. Nothing here makes a network connection.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

_NOT_STUDY = re.compile(
    r"(google|bing|duckduckgo)\.[a-z.]+/(search|\?q=)"
    r"|linkedin\.com/in/|(^|//)(www\.)?(twitter|x|facebook|instagram|tiktok)\.com/"
    r"|shields\.io|badgen\.net|badge\.fury|/badges?/|travis-ci\.|circleci\.com|codecov\.io"
    r"|star-history\.com|api\.star-history|trendshift\.io|stargazers|github\.com/sponsors/"
    r"|opencollective\.com|patreon\.com|buymeacoffee\.com|ko-fi\.com|paypal\.(com|me)|liberapay\.com"
    r"|(^|//)t\.me/|discord\.(gg|com)|join\.slack\.com|gitter\.im|wa\.me/"
    r"|/(subscription|subscribe)\b|awesome\.re|polar\.sh|donate\.|forthebadge\.com",
)  # matched against the address in lower case: a case-blind search took five times as long
_GITHUB_PROFILE = re.compile(r"^https?://(www\.)?github\.com/[\w.-]+/?$", re.IGNORECASE)
_TRANSLATION = re.compile(r"(^|/)readme[-_.]?[a-z]{2}([-_][a-z]{2,4})?\.md$", re.IGNORECASE)
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)


def _inside(folder: Path, path: Path) -> bool:
    return path == folder or folder in path.parents


def not_study_material(url: str) -> bool:
    """Whether an absolute address is never study material: a badge, a sponsor or social page,
    a search page, a person's GitHub profile."""
    return bool(_NOT_STUDY.search(url.lower()) or _GITHUB_PROFILE.match(url))


class LinkResolver:
    """Turns a link as written into an address to store, or None for links that are not kept."""

    def __init__(self, folder: Path | None = None, base_url: str = "", name: str = "") -> None:
        self.name = name.lower()
        self.folder = folder.resolve() if folder is not None else None
        self.base_url = base_url if not base_url or base_url.endswith("/") else base_url + "/"
        self.unresolved: list[str] = []

    def resolve(self, url: str) -> str | None:
        url = url.strip()
        if not url or url.startswith("#"):
            return None  # a place in the same file
        if _SCHEME.match(url):
            if not url.lower().startswith(("http://", "https://")) or not_study_material(url) or " " in url:
                return None
            return url
        if url.startswith("//"):
            return None
        parts = urlsplit(url)
        path = unquote(parts.path)
        if parts.fragment and (not path or Path(path).name.lower() in (self.name, "readme.md")):
            return None  # a place in the same file
        if _TRANSLATION.search(path) or not path:
            return None
        if self.folder is not None:
            local = self._local_file(path)
            if local is not None:
                return local.as_uri()
        if self.base_url:
            return urljoin(self.base_url, url.lstrip("/")).replace(" ", "%20")
        if url not in self.unresolved:
            self.unresolved.append(url)
        return None

    def _local_file(self, path: str) -> Path | None:
        """The file a relative link names inside the imported file's folder, if it is there; a
        name no file can have (a NUL, too long) names none."""
        assert self.folder is not None
        try:
            local = (self.folder / path.lstrip("/")).resolve()
            return local if local.exists() and _inside(self.folder, local) else None
        except (OSError, ValueError):
            return None
