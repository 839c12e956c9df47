"""HTTP for SPARQL endpoints and graph stores, over the standard library's urllib.

One request at a time, with a timeout, retries with exponential backoff on connection errors
and 5xx answers, and one-line errors that quote the store's own text. Credentials go in the
``Authorization`` header only and never appear in a message or a ``repr``.
"""

from __future__ import annotations

import base64
import http.client
import os
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field

USER_ENV, PASSWORD_ENV, TOKEN_ENV = "KG_USER", "KG_PASSWORD", "KG_TOKEN"
BODY_QUOTE = 300  # characters of the store's answer quoted in an error message


class EndpointError(Exception):
    """A request failed: the store could not be reached, or it answered with an error.

    ``status`` is the HTTP status (``None`` when there was no answer). The message names the
    method, the URL (without credentials) and quotes the first ``BODY_QUOTE`` characters of
    the store's answer.
    """

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Auth:
    """HTTP credentials: basic (user and password) or a bearer token. Never shown by ``repr``."""

    user: str | None = None
    password: str | None = field(default=None, repr=False)
    token: str | None = field(default=None, repr=False)

    def header(self) -> str | None:
        """The ``Authorization`` header value, or ``None`` without credentials."""
        if self.token:
            return f"Bearer {self.token}"
        if self.user is not None:
            pair = f"{self.user}:{self.password or ''}".encode("utf-8")
            return "Basic " + base64.b64encode(pair).decode("ascii")
        return None

    @classmethod
    def from_options(cls, user: str | None = None, token: str | None = None,
                     environ: dict | None = None) -> Auth | None:
        """Credentials from options and the environment: ``token`` or ``KG_TOKEN`` for a bearer
        token; ``user`` or ``KG_USER`` with the password in ``KG_PASSWORD`` for basic auth.
        ``None`` when neither is given. Raises ``ValueError`` when a user has no password."""
        environ = os.environ if environ is None else environ
        token = token or environ.get(TOKEN_ENV) or None
        if token:
            return cls(token=token)
        user = user or environ.get(USER_ENV) or None
        if user is None:
            return None
        password = environ.get(PASSWORD_ENV)
        if password is None:
            raise ValueError(f"user {user!r} needs a password: set {PASSWORD_ENV}")
        return cls(user=user, password=password)


@dataclass(frozen=True)
class Response:
    """A successful answer: status, media type (without parameters) and body."""

    status: int
    content_type: str
    body: bytes


def public_url(url: str) -> str:
    """``url`` without any ``user:password@`` part, for messages."""
    parts = urllib.parse.urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urllib.parse.urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


@dataclass
class Client:
    """Sends requests to one store: ``timeout`` seconds per request, up to ``tries`` attempts
    on connection errors and 5xx answers, waiting ``backoff``, 2×``backoff``, ... between them."""

    auth: Auth | None = None
    timeout: float = 60.0
    tries: int = 3
    backoff: float = 1.0
    requests: int = 0  # requests answered successfully

    def request(self, method: str, url: str, body: bytes | None = None, content_type: str | None = None,
                accept: str | None = None) -> Response:
        """Send one request and return the 2xx answer; raises ``EndpointError`` otherwise
        (at once for a 4xx answer, after ``tries`` attempts for no answer or a 5xx one)."""
        headers = {"User-Agent": "kg"}
        if content_type:
            headers["Content-Type"] = content_type
        if accept:
            headers["Accept"] = accept
        authorization = self.auth.header() if self.auth else None
        if authorization:
            headers["Authorization"] = authorization
        where = f"{method} {public_url(url)}"
        problem = ""
        for attempt in range(max(1, self.tries)):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            request = urllib.request.Request(url, data=body, method=method, headers=headers)
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as answer:
                    payload = answer.read()
                    media = (answer.headers.get_content_type() or "").lower()
                    self.requests += 1
                    return Response(answer.status, media, payload)
            except urllib.error.HTTPError as error:
                text = quote_body(error.read())
                problem = f"{where}: HTTP {error.code} {error.reason}" + (f": {text}" if text else "")
                if error.code < 500:
                    raise EndpointError(problem, error.code) from None
                status = error.code
            except (urllib.error.URLError, http.client.HTTPException, ConnectionError, socket.timeout,
                    TimeoutError) as error:
                reason = getattr(error, "reason", error)
                if isinstance(reason, (socket.timeout, TimeoutError)):
                    reason = f"no answer within {self.timeout:g} s"
                problem = f"{where}: cannot reach the store ({reason or type(error).__name__})"
                status = None
        tries = max(1, self.tries)
        raise EndpointError(f"{problem} (after {tries} tr{'ies' if tries > 1 else 'y'})", status)


def quote_body(body: bytes) -> str:
    """The first ``BODY_QUOTE`` characters of an answer, on one line."""
    text = " ".join(body.decode("utf-8", "replace").split())
    return text[:BODY_QUOTE]
