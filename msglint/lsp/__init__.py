"""msglint in the editor: ``msglint server``, a language server over stdio (``msglint[lsp]``).

``edits`` holds the text work (positions, suppression comments, word lists) and needs no LSP
library; ``server`` is the pygls server. Nothing here is imported by ``msglint check``.
"""
