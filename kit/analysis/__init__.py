"""Layer 2: pure functions over the model (importing, segmenting, checking answers)."""
