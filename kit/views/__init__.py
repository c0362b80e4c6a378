"""Layer 3: presentation that returns values (HTML text, figures) and never displays anything itself."""
