"""msg2_links rules: one module per rule, named by its slug; shared helpers in *shared.py."""
