"""msglint in the browser and over HTTP: ``msglint web`` (Starlette + uvicorn, ``msglint[web]``).

``service`` validates requests and runs the library (no web framework needed), ``pages`` renders
the rule documentation (also built as static files by ``msglint docs``), ``app`` is the ASGI
application. Nothing here is imported by ``msglint check``.
"""
