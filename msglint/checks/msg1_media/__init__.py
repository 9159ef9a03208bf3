"""msg1_media rules: one module per rule, named by its slug; shared helpers in *shared.py."""
