"""workshop: a sandboxed autograder for hands-on generative-AI workshops."""

__version__ = "0.1.0"
