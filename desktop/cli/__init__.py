"""The ``daicho`` command line."""
