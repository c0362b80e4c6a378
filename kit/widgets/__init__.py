"""Layer 4: ipywidgets user interfaces; they hold no analysis logic and save through callbacks."""
