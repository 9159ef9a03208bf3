"""``python -m msglint.lsp``: the same as ``msglint server``."""

from msglint.lsp.commands import server_cmd

server_cmd(prog_name="msglint server")
