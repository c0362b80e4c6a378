"""Layer 5: the student's work on disk, saved on every change and restored on reopening."""
