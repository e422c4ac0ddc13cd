"""How the verifier learns whether a signed request is still open, without importing the
apps that sent it (verification sits below contracts; DESIGN.md, "Layers").

The sending app registers a resolver per kind in its AppConfig.ready(): given the signed
request it answers what it is now (open, or revoked with why) and what a person may see of it
when genuine (the contract's title, the freelancer's display name, and what paying the signed
amount adds on top, since fees depend on how one pays and are not part of what was agreed).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from directcontracts.verification.models import SignedRequest


@dataclass(frozen=True)
class RequestNow:
    open: bool
    title: str
    freelancer: str
    # Why it is no longer open, in words ("The invitation was withdrawn.").
    closed_because: str = ""
    # What paying adds to the signed amount ("paying by card adds a $34.00 fee; ..."), or "".
    fees: str = ""


Resolver = Callable[[SignedRequest], RequestNow | None]
_resolvers: dict[str, Resolver] = {}


def register_resolver(kind: str, resolver: Resolver) -> None:
    _resolvers[kind] = resolver


def resolve(request: SignedRequest) -> RequestNow | None:
    resolver = _resolvers.get(request.kind)
    return resolver(request) if resolver is not None else None


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
