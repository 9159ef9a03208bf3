"""``python -m msglint.web``: the same as ``msglint web``."""

from msglint.web.commands import web_cmd

web_cmd(prog_name="msglint web")
