"""Question answering over Chinese newspaper pages.

The flow, one module per stage: load → normalize → split → tokenize → index → retrieve → compose → render,
with `engine` as the one facade the adapters (cli, repl, regress, bot) call.
"""

__version__ = "0.1.0"
