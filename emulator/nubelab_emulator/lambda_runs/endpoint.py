"""The emulator's own address, which functions get as `AWS_ENDPOINT_URL`.

Read from the request being served (the Invoke call, or the PutObject whose notification starts
the run): werkzeug fills `SERVER_NAME`/`SERVER_PORT` with the socket the server is bound to, so it
is right whatever the command line or `MOTO_PORT` say, and for any Host header a client used.
Runs that start outside a request (none today) fall back to the last address seen, then to
`MOTO_PORT`, which moto's `main()` sets from `-p`.
"""
import os

_last_seen = None


def current_endpoint():
    global _last_seen
    try:
        import flask

        if flask.has_request_context():
            environ = flask.request.environ
            host = environ.get("SERVER_NAME") or "127.0.0.1"
            if host in ("0.0.0.0", "", "::"):  # bound to every address: loopback reaches it
                host = "127.0.0.1"
            elif ":" in host:
                host = f"[{host}]"
            scheme = environ.get("wsgi.url_scheme", "http")
            _last_seen = f"{scheme}://{host}:{environ.get('SERVER_PORT')}"
    except ImportError:
        pass
    return _last_seen or f"http://127.0.0.1:{os.environ.get('MOTO_PORT', '5000')}"


def incoming_header(name):
    """A header of the request being served, or None outside a request."""
    try:
        import flask

        if flask.has_request_context():
            return flask.request.headers.get(name)
    except ImportError:
        pass
    return None
