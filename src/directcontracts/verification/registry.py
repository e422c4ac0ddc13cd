"""How the verifier learns whether a signed request is still open, without importing the
apps that sent it (verification sits below contracts; DESIGN.md, "Layers").

The sending app registers a resolver per kind in its AppConfig.ready(): given the request's
reference it answers what it is now (open, or revoked with why) and what a person may see
of it when genuine (the contract's title and the freelancer's display name).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class RequestNow:
    open: bool
    title: str
    freelancer: str
    # Why it is no longer open, in words ("The invitation was withdrawn.").
    closed_because: str = ""


Resolver = Callable[[str], RequestNow | None]
_resolvers: dict[str, Resolver] = {}


def register_resolver(kind: str, resolver: Resolver) -> None:
    _resolvers[kind] = resolver


def resolve(kind: str, reference: str) -> RequestNow | None:
    resolver = _resolvers.get(kind)
    return resolver(reference) if resolver is not None else None


# Links of ours that are themselves a request (an invitation link): the sending app says
# which signed request a path is, or FORGED when the path's own signature fails.
FORGED = "forged"
PathReader = Callable[[str], str | None]
_path_readers: list[PathReader] = []


def register_path_reader(reader: PathReader) -> None:
    if reader not in _path_readers:
        _path_readers.append(reader)


def reference_for_path(path: str) -> str | None:
    for reader in _path_readers:
        reference = reader(path)
        if reference is not None:
            return reference
    return None
