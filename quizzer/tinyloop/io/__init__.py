"""tinyloop's I/O layer: sockets, transports, protocols, servers and streams (the "second
sitting" of the reading order in ``quizzer/tinyloop/__init__.py``).

Everything here stands on the core's public API (``get_running_loop()``, futures, ``call_soon``,
``add_reader``/``add_writer``) plus the loop class of ``sockets.py``, the one ``new_event_loop()``
returns.
"""
