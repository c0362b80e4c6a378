"""Layer 1: the kit's plain data (articles, keys, student work), with no UI imports."""
