"""msg7_metadata rules: one module per rule, named by its slug; shared helpers in *shared.py."""
