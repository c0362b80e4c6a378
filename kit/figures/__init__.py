"""Layer 3: one function per chart, each returning a plotly Figure and never showing it."""
