"""Prompt-engineering exercises: the student hands in prompts and the answers an LLM gave;
trainer-written declarative checks score them, on the pasted answers (transcript mode) or
on fresh answers from an OpenAI-compatible endpoint (live mode). The student's prompt is
data: it is never run as code, and the endpoint is called from the host only."""
